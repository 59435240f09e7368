"""Build the shipped model: ``python -m training.train [--data DIR] [--out PATH]``.

Reproducible: fixed seeds, datasets read in file order, site-grouped split
(``training.corpus.split_of``). Trains only on permissively licensed sources
(``TRAIN_SETS``); the research-only, AGPL, GPL and unlicensed sets are for evaluation.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")

import numpy as np  # noqa: E402

from boilerfilter import metrics  # noqa: E402
from boilerfilter.devdata import DATASET_LICENCES, data_dir  # noqa: E402
from boilerfilter.features import page_features  # noqa: E402
from boilerfilter.model import ByContentType, default_model_path, make_classifier, save_model  # noqa: E402
from boilerfilter.revise import revise  # noqa: E402

from .assemble import article_pool, assemble, boilerplate_runs, headlines  # noqa: E402
from .corpus import load_dataset  # noqa: E402
from . import written as written_pages  # noqa: E402

#: Permissive sources with full gold text (trafilatura-eval has snippets only).
TRAIN_SETS = ("wcxb", "magic-html-bench", "readability-tests", "webmainbench-samples")
#: Assembled plain-text pages per language (zh, ja): enough that CJK boilerplate runs
#: weigh about as much as the flattened real pages (~150k lines).
N_ASSEMBLED = 1500
#: A page's blocks share a total weight of at most PAGE_CAP blocks, so that a handful
#: of huge flattened pages (forums with thousands of lines) do not dominate training.
PAGE_CAP = 150.0
#: Chinese and Japanese real pages are few (~90 of ~1700); their blocks weigh more.
CJK_WEIGHT = 3.0
THRESHOLDS = [round(float(x), 2) for x in np.arange(0.25, 0.80, 0.05)]


#: At most this many labelled rows per page and mode are sampled for training (the
#: context features are computed on the whole page first): flattened forum and
#: listing pages have thousands of lines and training time grows with rows.
MAX_ROWS_PER_PAGE = 200


def _rows(blocks, labels, is_html: bool, weight: float, rng):
    """Sampled feature rows, labels and weights of one page (total weight ≤ PAGE_CAP·weight)."""
    idx = [i for i, lab in enumerate(labels) if lab is not None]
    if not idx:
        return [], [], []
    feats = page_features(blocks, is_html=is_html)
    n = len(idx)
    if n > MAX_ROWS_PER_PAGE:
        idx = sorted(rng.sample(idx, MAX_ROWS_PER_PAGE))
    w = weight * min(n, PAGE_CAP) / len(idx)
    return [feats[i] for i in idx], [labels[i] for i in idx], [w] * len(idx)


def build_training(pages, assembled, seed: int = 0):
    """Feature rows, labels and sample weights of the training split and assembled pages."""
    import random

    rng = random.Random(seed)
    X, y, sw = [], [], []
    for p in pages:
        if p.split != "train":
            continue
        w = CJK_WEIGHT if p.lang in ("zh", "ja") else 1.0
        for blocks, labels, is_html in ((p.html_blocks, p.html_labels, True), (p.text_blocks, p.text_labels, False)):
            a, b, c = _rows(blocks, labels, is_html, w, rng)
            X += a
            y += b
            sw += c
    for blocks, labels in assembled:
        a, b, c = _rows(blocks, labels, False, 1.0, rng)
        X += a
        y += b
        sw += c
    return X, np.array(y), np.array(sw)


def fit_by_content_type(X, y, sw, written):
    """The shipped model: a ``make_classifier()`` pipeline for HTML blocks fitted on the
    rows, and one for plain-text lines fitted on the same rows plus the written pages'
    (``model.ByContentType``)."""
    html = make_classifier()
    html.fit(X, y, textscore__sample_weight=sw, classify__sample_weight=sw)
    Xt, yt, st = X + list(written[0]), np.concatenate([y, written[1]]), np.concatenate([sw, written[2]])
    text = make_classifier()
    text.fit(Xt, yt, textscore__sample_weight=st, classify__sample_weight=st)
    return ByContentType(html=html, text=text)


def predict_pages(model, pages, mode="html"):
    """P(boilerplate) of every block of every page (computed once, reused across thresholds)."""
    out = []
    for p in pages:
        blocks = p.html_blocks if mode == "html" else p.text_blocks
        out.append(list(model.predict_proba(page_features(blocks, is_html=mode == "html"))[:, 1]) if blocks else [])
    return out


def score_pages(pages, probs, threshold, mode="html"):
    """Token P/R/F1 of the cleaned text (HTML mode) or line/char shares (text mode)."""
    pairs = []
    removed = total_bp = kept_chars = content_chars = 0
    for p, pr in zip(pages, probs):
        blocks = p.html_blocks if mode == "html" else p.text_blocks
        keep = revise(list(blocks), pr, threshold, rescue=mode == "html", text=mode == "text") if blocks else []
        if mode == "html":
            pairs.append(metrics.page_scores("\n".join(b.text for b, k in zip(blocks, keep) if k), p.gold))
            continue
        for b, k, lab in zip(blocks, keep, p.text_labels):
            if lab == 1:
                total_bp += 1
                removed += not k
            elif lab == 0:
                content_chars += len(b.text)
                kept_chars += len(b.text) if k else 0
    if mode == "html":
        return metrics.aggregate(pairs)
    return {"boilerplate_removed": removed / max(total_bp, 1), "content_kept": kept_chars / max(content_chars, 1),
            "boilerplate_lines": total_bp}


def data_hash(pages) -> str:
    h = hashlib.sha256()
    for p in sorted(pages, key=lambda p: (p.dataset, p.id)):
        h.update(f"{p.dataset}\t{p.id}\t{p.split}\t".encode())
        h.update(hashlib.sha256(p.gold.encode()).digest())
    return h.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=None, help="development data folder (default ../shared/data)")
    ap.add_argument("--out", default=str(default_model_path()))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if data_dir(args.data) is None:
        print("development data not found: set BOILERFILTER_DATA or --data", file=sys.stderr)
        return 2
    t0 = time.time()
    pages = []
    for ds in TRAIN_SETS:
        pages += load_dataset(ds, args.data, jobs=args.jobs)
    print(f"labelled pages: {len(pages)} ({time.time() - t0:.0f}s)", flush=True)
    runs = boilerplate_runs(pages)
    heads = headlines(args.data)
    assembled = []
    for i, lang in enumerate(("zh", "ja")):
        # sohu headlines are Chinese: Japanese pages get boilerplate runs of real ja/zh pages only
        assembled += assemble(article_pool(lang, args.data), runs, heads if lang == "zh" else [],
                              N_ASSEMBLED, seed=i, lang=lang)
    X, y, sw = build_training(pages, assembled)
    written = written_pages.training_rows()
    n_written = len(written_pages.pages("train"))
    print(f"training rows: {len(y)} (boilerplate {y.mean():.2f}); assembled pages {len(assembled)}; "
          f"written pages {n_written} ({len(written[1])} lines, plain-text classifier only)", flush=True)
    model = fit_by_content_type(X, y, sw, written)
    print(f"fitted in {time.time() - t0:.0f}s", flush=True)

    dev = [p for p in pages if p.split == "dev"]
    dev_html = predict_pages(model, dev, "html")
    by_t = {t: score_pages(dev, dev_html, t)["f1"] for t in THRESHOLDS}
    best = max(by_t, key=lambda t: (round(by_t[t], 4), -abs(t - 0.5)))
    print("dev token F1 by threshold:", {t: round(v, 4) for t, v in by_t.items()})
    dev_text = predict_pages(model, dev, "text")
    dev_metrics = {}
    for ds in TRAIN_SETS:
        for lang in ("en", "zh", "ja"):
            sel = [i for i, p in enumerate(dev) if p.dataset == ds and p.lang == lang]
            if sel:
                sub = [dev[i] for i in sel]
                dev_metrics[f"{ds}/{lang}/html"] = score_pages(sub, [dev_html[i] for i in sel], best, "html")
                dev_metrics[f"{ds}/{lang}/text"] = score_pages(sub, [dev_text[i] for i in sel], best, "text")
    for k, v in dev_metrics.items():
        print(k, {a: round(b, 4) if isinstance(b, float) else b for a, b in v.items()})
    card = {
        "name": "boilerfilter default model",
        "created": time.strftime("%Y-%m-%d"),
        "threshold_chosen_by": "mean token F1 of HTML-mode dev pages (site-grouped split), grid " + str(THRESHOLDS),
        "training_sources": {ds: DATASET_LICENCES.get(ds, ("?", False))[0] for ds in TRAIN_SETS}
        | {"cjk-text/zh-wiki-paragraphs": "CC BY-SA 4.0", "cjk-text/ja-wiki-paragraphs": "CC BY-SA 4.0",
           "cjk-text/sohu-news-sample-zh (headlines, articles)": "MIT",
           "training/written_pages (written for this project)": "the project's own"},
        "training_pages": sum(p.split == "train" for p in pages),
        "dev_pages": len(dev),
        "assembled_pages": len(assembled),
        "classifiers": "one per content type (model.ByContentType); the plain-text one also learns "
                       "from the written pages",
        "written_pages": {"pages": n_written, "lines": len(written[1]), "part": "training/written_pages/train",
                          "weight_zh_ja": written_pages.WEIGHT_CJK, "weight_other": written_pages.WEIGHT_OTHER},
        "training_rows": int(len(y)),
        "training_data_sha256": data_hash(pages),
        "split": "site-grouped: sha1(site) % 5 == 0 -> dev",
        "metrics_dev": dev_metrics,
    }
    save_model(model, args.out, threshold=best, card=card)
    print(f"wrote {args.out} (threshold {best}) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
