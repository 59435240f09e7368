"""The retraining loop: blocks → corrected labels → train → a model that follows the corrections.

Small hand-made pages and a tiny model keep every test fast; the shipped model is used
only where the brief is about it (``--base default``), and the development data only in
the tests marked as such (skipped when the data are absent).
"""
from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from boilerfilter import BoilerFilter
from boilerfilter.cli import main
from boilerfilter.devdata import data_dir
from boilerfilter.features import page_features
from boilerfilter.labels import CONTENT, read_labels, write_labels
from boilerfilter.model import card_path, load_model, make_classifier
from boilerfilter.result import Block
from boilerfilter.retrain import StackedModel, holdout_split, train

_WORDS = ("the council voted on tuesday to build a flood barrier park along harbor after two "
          "years of debate residents said").split()

_TOPICS = [
    ("Harbor town votes for a park",
     ["The harbor council voted on Tuesday to turn the old ferry terminal into a park that doubles as a flood "
      "barrier, ending two years of debate about the future of the waterfront.",
      "Residents said the plan would protect the homes along the shore while opening the water to walkers, "
      "cyclists and the weekly fish market that has had no fixed place since the terminal closed.",
      "Construction is expected to begin next spring and to last about eighteen months, officials said, and the "
      "town will pay for it with a state grant and a bond approved by voters last year."]),
    ("Library stays open late",
     ["The town library will stay open until nine in the evening from next month, after a survey found that "
      "most working residents could only visit after six o'clock on weekdays.",
      "The longer hours are paid for by closing one morning a week, when the reading rooms were nearly empty, "
      "and by volunteers who will staff the front desk on two evenings.",
      "Librarians said they would also move the children's story hour to Saturday afternoons so that parents "
      "who work during the week can bring their children along."]),
    ("Bakery wins regional prize",
     ["A small bakery on Mill Street won the regional bread prize on Sunday for a rye loaf that its owner has "
      "been refining in the same wood-fired oven for almost twenty years.",
      "The judges praised the loaf's dark crust and even crumb, and said it was the first time in a decade that "
      "the prize had gone to a bakery with fewer than five staff.",
      "The owner said she would spend the prize money on a second oven so that she can bake through the night "
      "before market days without turning customers away."]),
    ("Ferry returns after repairs",
     ["The island ferry returned to service on Monday after six weeks in dry dock, where engineers replaced a "
      "propeller shaft that had cracked during the winter storms.",
      "Islanders had relied on a smaller charter boat during the repairs, which carried only foot passengers and "
      "could not sail when the wind rose above a moderate breeze.",
      "The operator said the timetable would return to normal at once and that a second vessel would be leased "
      "next winter so that one breakdown cannot cut the island off again."]),
]
# What the tiny model keeps (long sentences) but the site's owner wants gone: a partner blurb.
_SPONSORED = ("Our partner Acme Kettles makes the quiet stainless kettle we use in the newsroom every morning, "
              "and readers can find it in most good kitchen shops for about forty pounds.")


def _page(title: str, paragraphs: list[str], sponsored: bool = True) -> str:
    nav = "".join(f"<li><a href='/{w}'>{w.title()}</a></li>" for w in ("home", "news", "sport", "weather"))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    extra = f"<p>{_SPONSORED}</p>" if sponsored else ""
    return (f"<html><head><title>{title}</title></head><body><nav><ul>{nav}</ul></nav><article><h1>{title}</h1>"
            f"{body}{extra}</article><footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>"
            "</body></html>")


@pytest.fixture
def site(tmp_path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    for i, (title, paragraphs) in enumerate(_TOPICS):
        (root / f"page{i}.html").write_text(_page(title, paragraphs), encoding="utf-8")
    return root


def _relabel(src: Path, dst: Path) -> None:
    """What a person would do: the partner blurb is an ad, the rest as the model said."""
    pages = [json.loads(line) for line in src.read_text("utf-8").splitlines()]
    for rec in pages:
        for b in rec["blocks"]:
            if b["text"].startswith("Our partner Acme"):
                b["label"] = "ad"
            elif b["tag"] == "p" and len(b["text"]) > 80:
                b["label"] = "content"
    write_labels(dst, pages)


def test_blocks_exports_every_block_with_the_models_decision(site, tmp_path, tiny_model, capsys):
    out = tmp_path / "labels.jsonl"
    assert main(["blocks", str(site), "-o", str(out), "--model", tiny_model]) == 0
    err = capsys.readouterr().err
    assert "4 pages" in err and "written to" in err
    pages = read_labels(out)
    assert [Path(p.source).name for p in pages] == [f"page{i}.html" for i in range(4)]
    filt = BoilerFilter(tiny_model)
    for p in pages:
        cleaned = filt.clean((site / Path(p.source).name).read_bytes(), content_type="html")
        assert [b.text for b in p.blocks] == [b.text for b in cleaned.blocks]
        assert [lab == CONTENT for lab in p.labels] == [b.keep for b in cleaned.blocks]
        assert [(b.hint, b.path, b.links) for b in p.blocks] == [(b.hint, b.path, b.links) for b in cleaned.blocks]
        # the blurb is kept by the tiny model: that is what the user corrects
        blurb = next(i for i, b in enumerate(p.blocks) if b.text.startswith("Our partner Acme"))
        assert p.labels[blurb] == CONTENT


def test_blocks_usage_errors_and_stdout(site, tmp_path, tiny_model, capsys):
    assert main(["blocks", str(site)]) == 2
    assert "-o LABELS is required" in capsys.readouterr().err
    assert main(["blocks", "-o", str(tmp_path / "x.jsonl")]) == 2
    assert main(["blocks", str(site / "missing"), "-o", str(tmp_path / "x.jsonl")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
    assert main(["blocks", str(site / "page0.html"), "-o", "-", "--model", tiny_model, "-q"]) == 0
    captured = capsys.readouterr()
    rec = json.loads(captured.out)
    assert rec["format"] == "boilerfilter-blocks" and rec["content_type"] == "html" and rec["url"] is None
    assert captured.err == ""


def test_train_base_none_learns_the_corrections(site, tmp_path, tiny_model, capsys):
    exported, labels, model = tmp_path / "exported.jsonl", tmp_path / "labels.jsonl", tmp_path / "mine.joblib"
    assert main(["blocks", str(site), "-o", str(exported), "--model", tiny_model, "-q"]) == 0
    _relabel(exported, labels)
    assert main(["train", str(labels), "-o", str(model), "--base", "none"]) == 0
    out = capsys.readouterr().out
    assert "trained on 4 pages" in out and "base none" in out
    assert "after" in out  # one page of four was held out and scored
    card = json.loads(card_path(model).read_text())
    assert card["base"] == "none" and card["method"] == "labels" and card["refit_on_all_labels"]
    assert card["trained_on"]["pages"] == 4 and card["trained_on"]["boilerplate"] > 0
    assert card["heldout"]["pages"] == 1
    after, before = card["metrics_heldout"]["after"], card["metrics_heldout"]["before"]
    assert after["block"]["f1"] == 1.0 and after["token"]["f1"] == 1.0
    if before is not None:  # "before" is the shipped model, when it loads
        assert before["block"]["f1"] < 1.0

    old, new = BoilerFilter(tiny_model), BoilerFilter(str(model))
    for i, (title, paragraphs) in enumerate(_TOPICS):
        html = _page(title, paragraphs).encode()
        before = {b.text: b for b in old.clean(html, content_type="html").blocks}
        after = {b.text: b for b in new.clean(html, content_type="html").blocks}
        assert before[_SPONSORED].keep and not after[_SPONSORED].keep
        assert after[_SPONSORED].score > before[_SPONSORED].score
        for p in paragraphs:
            assert after[p].keep
    # a new page of the same site, never labelled
    fresh = _page("Harbor fair", [
        "The harbor fair returns this weekend with more than sixty stalls selling local food, crafts and plants, "
        "and a brass band playing on the quay all afternoon.",
        "Organisers said the fair had outgrown the old car park and would spread along the whole quay this year, "
        "with a second stage for school choirs at the far end near the lifeboat station.",
        "Parking will be limited, so visitors are asked to come by bus or on foot, and the streets around the "
        "harbor will be closed to traffic from seven in the morning until late evening."])
    page = new.clean(fresh.encode(), content_type="html")
    assert _SPONSORED not in page.text and "harbor fair returns" in page.text


def test_train_on_a_model_path_stacks_and_records_it(site, tmp_path, tiny_model, capsys):
    exported, labels, model = tmp_path / "exported.jsonl", tmp_path / "labels.jsonl", tmp_path / "mine.joblib"
    main(["blocks", str(site), "-o", str(exported), "--model", tiny_model, "-q"])
    _relabel(exported, labels)
    report = train([labels], model, base=tiny_model, dev=[labels])
    assert report["method"] == "stacked" and report["heldout"]["from"] == "dev" and not report["refit_on_all_labels"]
    m = load_model(model)
    assert isinstance(m.pipeline, StackedModel)
    assert m.card["base_sha256"] == json.loads(card_path(tiny_model).read_text())["sha256"]
    page = BoilerFilter(m).clean(_page(*_TOPICS[0]).encode(), content_type="html")
    assert _SPONSORED not in page.text and _TOPICS[0][1][0] in page.text


def test_stacked_model_moves_only_what_the_labels_moved(tiny_model):
    base = load_model(tiny_model)
    rng = random.Random(1)
    rows, y, texts = [], [], []
    for _ in range(4):
        blocks = []
        for i in range(24):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 3) if i % 3 == 0 else rng.randint(14, 30))]
            if i % 4 == 1:
                words += ["kettle", "offer", "partner"]  # the pattern a person marks as an ad
            blocks.append(Block(" ".join(words), "li" if i % 3 == 0 else "p", links=int(i % 3 == 0),
                                link_chars=len(" ".join(words)) if i % 3 == 0 else 0))
        rows += page_features(blocks, is_html=True)
        texts += [b.text for b in blocks]
    base_scores = base.predict_proba(rows)
    # labels: the base's own decisions, except that the kettle blocks it keeps are boilerplate
    y = [int(s >= base.threshold or ("kettle" in t and s < base.threshold)) for s, t in zip(base_scores, texts)]
    moved = [i for i, (s, t) in enumerate(zip(base_scores, texts)) if "kettle" in t and s < base.threshold]
    assert moved
    with threadpool_limits(limits=1, user_api="openmp"):
        model = StackedModel(base=base.pipeline, threshold=base.threshold).fit(rows, y)
        probs = model.predict_proba(rows)
    assert list(model.classes_) == [0, 1] and probs.shape == (len(rows), 2)
    assert np.allclose(probs.sum(axis=1), 1)
    p = probs[:, 1]
    # the moved blocks now score as boilerplate; the blocks the base drops are untouched
    # (no label moved one of them, so that side has no correction)
    assert all(p[i] >= base.threshold for i in moved)
    assert model.keep_ is None and model.sides_["kept_by_base"]["moved"] == len(moved)
    dropped = base_scores >= base.threshold
    assert dropped.any() and np.array_equal(p[dropped], base_scores[dropped])
    # the kept blocks that were not moved stay kept
    others = [i for i in range(len(rows)) if not dropped[i] and i not in moved]
    assert all(p[i] < base.threshold for i in others)
    again = pickle.loads(pickle.dumps(model))
    assert np.allclose(again.predict_proba(rows), probs)
    # a gradient-boosted correction moves a block more the surer the base already was (monotonic)
    clf = make_classifier(max_iter=20)
    clf.set_params(classify__min_samples_leaf=2)
    if "textscore__enabled" in clf.get_params():
        clf.set_params(textscore__enabled=False)
    with threadpool_limits(limits=1, user_api="openmp"):
        boosted = StackedModel(base=base.pipeline, correction=clf, threshold=base.threshold).fit(rows, y)
        aug, _ = boosted._augment(rows[:12])
        for r in aug:
            lo, hi = boosted.drop_.predict_proba([{**r, "base_score": 0.0}, {**r, "base_score": 1.0}])[:, 1]
            assert hi >= lo - 1e-9


def test_holdout_split_is_by_source_and_stable(tmp_path, site, tiny_model):
    exported, labels = tmp_path / "exported.jsonl", tmp_path / "labels.jsonl"
    main(["blocks", str(site), "-o", str(exported), "--model", tiny_model, "-q"])
    _relabel(exported, labels)
    pages = read_labels(labels)
    fit, held = holdout_split(pages)
    assert len(held) == 1 and len(fit) == 3
    assert {p.source for p in fit}.isdisjoint({p.source for p in held})
    assert holdout_split(list(reversed(pages)))[1][0].source == held[0].source
    assert holdout_split(pages[:1]) == (pages[:1], [])
    # the tiny model's own decisions are all "content": holding a page out would leave one class
    assert holdout_split(read_labels(exported))[1] == []


def test_train_refuses_labels_of_one_class(tmp_path, site, tiny_model, capsys):
    labels = tmp_path / "labels.jsonl"
    main(["blocks", str(site), "-o", str(labels), "--model", tiny_model, "-q"])
    pages = [json.loads(line) for line in labels.read_text().splitlines()]
    for rec in pages:
        for b in rec["blocks"]:
            b["label"] = "content"
    write_labels(labels, pages)
    assert main(["train", str(labels), "-o", str(tmp_path / "m.joblib"), "--base", "none"]) == 1
    assert "both classes" in capsys.readouterr().err
    assert not (tmp_path / "m.joblib").exists()


def test_train_base_default_without_data_stacks_on_the_shipped_model(site, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BOILERFILTER_DATA", str(tmp_path / "no-such-data"))
    exported, labels, model = tmp_path / "exported.jsonl", tmp_path / "labels.jsonl", tmp_path / "mine.joblib"
    assert main(["blocks", str(site), "-o", str(exported), "-q"]) == 0
    _relabel(exported, labels)
    assert main(["train", str(labels), "-o", str(model)]) == 0
    captured = capsys.readouterr()
    assert "development data not found" in captured.err
    card = json.loads(card_path(model).read_text())
    shipped = load_model()
    assert card["base"] == "default" and card["method"] == "stacked"
    assert card["base_sha256"] == shipped.card["sha256"]
    m = load_model(model)
    assert isinstance(m.pipeline, StackedModel)
    page = BoilerFilter(str(model)).clean(_page(*_TOPICS[1]).encode(), content_type="html")
    assert page.text and _TOPICS[1][1][0] in page.text and _SPONSORED not in page.text


@pytest.mark.skipif(data_dir() is None, reason="development data not found (set BOILERFILTER_DATA): "
                                               "the data-mixing candidate cannot be tested")
def test_train_base_default_with_data_measures_both_candidates(site, tmp_path, monkeypatch):
    import boilerfilter.retrain as retrain

    def light(n_rows):  # the plumbing is under test here, not the model: a quick classifier
        clf = make_classifier(max_iter=20)
        if "textscore__enabled" in clf.get_params():
            clf.set_params(textscore__enabled=False)
        return clf

    monkeypatch.setattr(retrain, "_small_data_classifier", light)
    exported, labels, model = tmp_path / "exported.jsonl", tmp_path / "labels.jsonl", tmp_path / "mine.joblib"
    main(["blocks", str(site), "-o", str(exported), "-q"])
    _relabel(exported, labels)
    report = train([labels], model, data_pages=2, cache=False)
    assert set(report["candidates"]) == {"stacked", "data"}
    assert report["method"] in ("stacked", "data")
    for res in report["candidates"].values():
        assert 0.0 <= res["token"]["f1"] <= 1.0
    assert load_model(model).card["base"] == "default"


def test_example_recipe_site_loop(tmp_path, monkeypatch, capsys):
    """examples/retrain without the development data: the retrained model drops the sponsored blocks."""
    import importlib.util

    from boilerfilter.evaluate import evaluate

    monkeypatch.setenv("BOILERFILTER_DATA", str(tmp_path / "no-such-data"))
    ex = Path(__file__).resolve().parents[1] / "examples" / "retrain"
    spec = importlib.util.spec_from_file_location("relabel", ex / "relabel.py")
    relabel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(relabel)
    blocks, labels, model = tmp_path / "blocks.jsonl", tmp_path / "labels.jsonl", tmp_path / "recipe.joblib"
    assert main(["blocks", str(ex / "pages" / "label"), "-o", str(blocks), "-q"]) == 0
    assert relabel.main([str(blocks), str(labels)]) == 0
    assert main(["train", str(labels), "-o", str(model), "-q"]) == 0
    testset = tmp_path / "testset"
    testset.mkdir()
    with open(testset / "pages.jsonl", "w", encoding="utf-8") as fh:
        for page in sorted((ex / "pages" / "test").glob("*.html")):
            fh.write(json.dumps({"id": page.stem, "lang": "en", "html": str(page),
                                 "gold_text": (ex / "gold" / f"{page.stem}.txt").read_text("utf-8")}) + "\n")
    before = evaluate([testset], BoilerFilter())["datasets"]["testset"]["all"]["boilerfilter"]
    after = evaluate([testset], BoilerFilter(str(model)))["datasets"]["testset"]["all"]["boilerfilter"]
    assert after["pages"] == 4 and after["f1"] >= 0.95 and after["f1"] >= before["f1"]
    assert after["recall"] >= 0.95  # the recipes themselves stay
    text = BoilerFilter(str(model)).clean((ex / "pages" / "test" / "tomato-fennel-ragu.html").read_bytes()).text
    assert "pantry picks" not in text and "Larder Lane" not in text and "Slow-cooked tomato" in text
