"""boilerfilter.evaluate and the ``evaluate`` verb: label files, dataset folders, floors."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from boilerfilter import BoilerFilter, Model, Options
from boilerfilter import metrics
from boilerfilter.cli import main
from boilerfilter.devdata import data_dir, list_datasets
from boilerfilter.evaluate import (FloorsError, check_floors, evaluate, evaluate_dataset, evaluate_label_file,
                                   load_floors)
from boilerfilter.features import page_features
from boilerfilter.labels import write_labels
from boilerfilter.model import make_classifier, save_model
from boilerfilter.result import Block


class _Fixed:
    """A stand-in classifier that returns given scores, in row order."""

    classes_ = np.array([0, 1])

    def __init__(self, scores):
        self.scores = scores

    def predict_proba(self, rows):
        s = np.array(self.scores[:len(rows)], dtype=float)
        return np.c_[1 - s, s]


def _rec(blocks: list[tuple[str, str]], source: str = "a.html", ctype: str = "html") -> dict:
    return {"format": "boilerfilter-blocks", "version": 1, "source": source, "url": None, "content_type": ctype,
            "blocks": [{"text": t, "tag": "p", "label": lab} for t, lab in blocks]}


TEXTS = ["alpha bravo charlie delta echo", "foxtrot golf hotel india juliet", "kilo lima mike november oscar",
         "papa quebec romeo sierra tango", "uniform victor whiskey xray yankee", "zulu one two three four",
         "five six seven eight nine", "ten eleven twelve thirteen fourteen"]
LABELS = ["content", "content", "content", "nav", "ad", "content", "boilerplate", "?"]
SCORES = [0.1, 0.2, 0.9, 0.8, 0.3, 0.1, 0.7, 0.1]


def test_label_file_scores_for_a_constructed_case(tmp_path):
    path = tmp_path / "labels.jsonl"
    write_labels(path, [_rec(list(zip(TEXTS, LABELS)))])
    filt = BoilerFilter(Model(_Fixed(SCORES), {"threshold": 0.5}, "fixed"), Options(revise=False))
    res = evaluate_label_file(path, filt)
    block = res["systems"]["boilerfilter"]["block"]
    # kept (score < 0.5): blocks 0 1 4 5 (7 is unlabelled); labelled content: 0 1 2 5
    # tp = 0 1 5, fp = 4, fn = 2 -> P = R = F1 = 3/4 over the 7 labelled blocks
    assert block == {"precision": 0.75, "recall": 0.75, "f1": 0.75, "blocks": 7}
    token = res["systems"]["boilerfilter"]["token"]
    kept = "\n".join(TEXTS[i] for i in (0, 1, 4, 5))
    gold = "\n".join(TEXTS[i] for i in (0, 1, 2, 5))
    p, r = metrics.page_scores(kept, gold)
    assert (token["precision"], token["recall"], token["pages"]) == (p, r, 1)
    assert 0 < p < 1 and 0 < r < 1


def test_label_file_with_the_context_pass(tmp_path):
    # a short unsure block between two kept ones follows them when revise is on
    path = tmp_path / "labels.jsonl"
    write_labels(path, [_rec([(TEXTS[0], "content"), ("Short", "content"), (TEXTS[1], "content")])])
    scores = [0.1, 0.6, 0.1]
    on = evaluate_label_file(path, BoilerFilter(Model(_Fixed(scores), {"threshold": 0.5}, "f")))
    off = evaluate_label_file(path, BoilerFilter(Model(_Fixed(scores), {"threshold": 0.5}, "f"),
                                                 Options(revise=False)))
    assert on["systems"]["boilerfilter"]["block"]["recall"] == 1.0
    assert off["systems"]["boilerfilter"]["block"]["recall"] == pytest.approx(2 / 3)


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> str:
    """A model that drops short link blocks and keeps long paragraphs."""
    blocks = [Block(text="Home", tag="li", links=1, link_chars=4),
              Block(text="The council met on Tuesday to decide the future of the old harbor ferry terminal.", tag="p")]
    X = page_features(blocks * 6, is_html=True)
    pipe = make_classifier(max_iter=10)
    pipe.set_params(classify__min_samples_leaf=2)
    if "textscore__enabled" in pipe.get_params():
        pipe.set_params(textscore__enabled=False)
    with threadpool_limits(limits=1, user_api="openmp"):
        pipe.fit(X, [1, 0] * 6)
    path = tmp_path_factory.mktemp("model") / "small.joblib"
    save_model(pipe, path, threshold=0.5)
    return str(path)


def _contradictory_labels(path: Path) -> None:
    """Two one-block pages with the same block labelled both ways: no model can be right on both."""
    text = "The council met on Tuesday to decide the future of the old harbor ferry terminal."
    write_labels(path, [_rec([(text, "content")], "a.html"), _rec([(text, "ad")], "b.html")])


def test_evaluate_verb_floors_fail_exit_1_and_pass_exit_0(tmp_path, small_model, capsys):
    labels = tmp_path / "labels.jsonl"
    _contradictory_labels(labels)
    strict, lax = tmp_path / "strict.json", tmp_path / "lax.json"
    strict.write_text(json.dumps({"block_f1": 1.0}))
    lax.write_text(json.dumps({"block_f1": 0.0, "token_f1": 0.0}))
    out = tmp_path / "report.json"
    assert main(["evaluate", str(labels), "--model", small_model, "--floors", str(strict), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "below its floor" in captured.err and "| BELOW |" in captured.out
    report = json.loads(out.read_text())
    figure = report["labels"][str(labels)]["systems"]["boilerfilter"]["block"]["f1"]
    assert figure < 1.0 and report["floors"]["failed"][0]["value"] == figure
    assert main(["evaluate", str(labels), "--model", small_model, "--floors", str(lax)]) == 0
    captured = capsys.readouterr()
    assert "## Label files" in captured.out and "BELOW" not in captured.out


def test_evaluate_verb_usage_errors(tmp_path, small_model, capsys):
    labels = tmp_path / "labels.jsonl"
    _contradictory_labels(labels)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"block_f1": 2}))
    assert main(["evaluate", str(labels), "--model", small_model, "--floors", str(bad)]) == 2
    assert "must be a number within [0, 1]" in capsys.readouterr().err
    assert main(["evaluate", str(labels), "--model", small_model, "--compare", "nope"]) == 2
    assert "unknown system" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "missing.jsonl"), "--model", small_model]) == 2
    assert main(["evaluate"]) == 2
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"format": "boilerfilter-blocks"}\n')
    assert main(["evaluate", str(broken), "--model", small_model]) == 2
    assert "broken.jsonl:1: unsupported version" in capsys.readouterr().err


def test_load_floors_validation(tmp_path):
    f = tmp_path / "f.json"
    f.write_text("[1]")
    with pytest.raises(FloorsError, match="JSON object"):
        load_floors(f)
    f.write_text('{"wcxb": 0.5}')
    with pytest.raises(FloorsError, match="neither"):
        load_floors(f)
    f.write_text('{"wcxb/en": 0.8, "block_f1": 0.9}')
    assert load_floors(f) == {"wcxb/en": 0.8, "block_f1": 0.9}


ARTICLE = ("<html><head><title>Harbor</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
           "<article><h1>Harbor town votes for a park</h1>"
           "<p>The harbor council voted on Tuesday to turn the old ferry terminal into a park that doubles as a "
           "flood barrier, ending two years of debate about the future of the waterfront.</p>"
           "<p>Residents said the plan would protect the homes along the shore while opening the water to walkers, "
           "cyclists and the weekly fish market.</p></article>"
           "<footer><a href='/privacy'>Privacy</a></footer></body></html>")
GOLD = ("Harbor town votes for a park\nThe harbor council voted on Tuesday to turn the old ferry terminal into a "
        "park that doubles as a flood barrier, ending two years of debate about the future of the waterfront.\n"
        "Residents said the plan would protect the homes along the shore while opening the water to walkers, "
        "cyclists and the weekly fish market.")


@pytest.fixture
def dataset(tmp_path) -> Path:
    """A dataset folder in the development-data form: one page with a gold text, one with snippets."""
    root = tmp_path / "mini"
    (root / "html").mkdir(parents=True)
    (root / "html" / "a.html.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (root / "html" / "b.html").write_text(ARTICLE, encoding="utf-8")  # plain files are read too
    rows = [{"id": "a", "url": "https://example.org/a", "lang": "en", "gold_text": GOLD, "html": "html/a.html.gz"},
            {"id": "b", "url": None, "lang": "de", "gold_with": ["ferry terminal into a park"],
             "gold_without": ["Privacy"], "html": "html/b.html"}]
    (root / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return root


def test_dataset_folder_scores_by_language_and_snippets(dataset, small_model):
    filt = BoilerFilter(small_model)
    res = evaluate_dataset(dataset, filt, ["trafilatura"])
    assert res["pages"] == 2 and res["decode_errors"] == 0
    assert set(res["by_lang"]) == {"en"}
    en = res["by_lang"]["en"]
    assert en["boilerfilter"]["pages"] == 1 and en["trafilatura"]["pages"] == 1
    cleaned = filt.clean(ARTICLE, url="https://example.org/a", content_type="html").text
    p, r = metrics.page_scores(cleaned, GOLD)
    assert (en["boilerfilter"]["precision"], en["boilerfilter"]["recall"]) == (p, r)
    assert res["all"]["boilerfilter"]["f1"] == en["boilerfilter"]["f1"]
    assert res["snippets"]["boilerfilter"]["pages"] == 1
    assert 0.0 <= res["snippets"]["trafilatura"]["with_found"] <= 1.0
    assert evaluate_dataset(dataset, filt, max_pages=1)["pages"] == 1


def test_evaluate_verb_on_a_dataset_with_floors_and_markdown(dataset, tmp_path, small_model, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"mini/en": 0.0, "mini/all": 0.0, "other/en": 0.5}))
    out = tmp_path / "r.json"
    assert main(["evaluate", str(dataset), "--model", small_model, "--compare", "trafilatura,justext",
                 "--floors", str(floors), "--out", str(out), "--heldout"]) == 0
    captured = capsys.readouterr()
    assert "| mini | en | 1 |" in captured.out and "## Snippets" in captured.out
    assert "floor 'other/en': no such figure" in captured.err
    report = json.loads(out.read_text())
    assert set(report["datasets"]["mini"]["all"]) == {"boilerfilter", "trafilatura", "justext"}
    assert report["floors"]["missing"] == ["other/en"] and len(report["floors"]["checked"]) == 2
    # a floor above the measured figure fails
    floors.write_text(json.dumps({"mini/en": 1.0}))
    res = report["datasets"]["mini"]["by_lang"]["en"]["boilerfilter"]["f1"]
    status = main(["evaluate", str(dataset), "--model", small_model, "--floors", str(floors)])
    assert status == (0 if res >= 1.0 else 1)


def test_check_floors_reads_the_right_figures():
    report = {"labels": {"l.jsonl": {"systems": {"boilerfilter": {"block": {"f1": 0.8}, "token": {"f1": 0.9}}}}},
              "datasets": {"d": {"all": {"boilerfilter": {"f1": 0.7, "pages": 3}},
                                 "by_lang": {"en": {"boilerfilter": {"f1": 0.6, "pages": 2}}}}}}
    res = check_floors(report, {"block_f1": 0.85, "token_f1": 0.85, "d/en": 0.5, "d/all": 0.75, "d/zh": 0.1})
    assert [(c["figure"], c["ok"]) for c in res["checked"]] == [
        ("l.jsonl: block_f1", False), ("l.jsonl: token_f1", True), ("d/en: token_f1", True),
        ("d/all: token_f1", False)]
    assert res["missing"] == ["d/zh"]


@pytest.mark.skipif(data_dir() is None, reason="development data not found (set BOILERFILTER_DATA): "
                                               "evaluation on the real dataset folders is not tested")
def test_real_dataset_folder_sample(small_model):
    root = data_dir()
    name = "readability-tests" if "readability-tests" in list_datasets(root) else list_datasets(root)[0]
    report = evaluate([root / name], BoilerFilter(small_model), ["trafilatura"], max_pages=3, heldout=True)
    res = report["datasets"][name]
    assert res["pages"] == 3
    for scores in [res["all"], *res["by_lang"].values()]:
        for system in ("boilerfilter", "trafilatura"):
            assert 0.0 <= scores[system]["f1"] <= 1.0


def test_benchmark_script_still_runs_on_the_moved_code():
    """benchmarks/quality.py imports its extractors and page selection from boilerfilter.evaluate."""
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, str(repo / "benchmarks" / "quality.py"), "--help"], capture_output=True,
                          text=True, timeout=120, cwd=repo)
    assert proc.returncode == 0, proc.stderr
    assert "--heldout" in proc.stdout
