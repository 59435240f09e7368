"""Leave-one-dataset-out: how the recipe does on a dataset it never trained on.

``python -m training.lodo [--data DIR] [--max-rows N] [--out FILE]``

For each training set D in ``train.TRAIN_SETS`` with at least ``MIN_PAGES`` pages, a
model is trained by the shipped recipe on every page of the other training sets (both
of their splits) plus the assembled CJK pages (and the written pages, for the
plain-text classifier), and scored on every page of D (HTML
mode token F1 at the shipped threshold; plain-text shares) beside trafilatura's
default extraction of the same pages, in all and for each of its English, Chinese and
Japanese pages. The datasets that are never trained on
(cleaneval, dragnet, l3s-gn1, ...) are out-of-dataset for the shipped model already;
this script gives the same figure for the datasets it does train on.

To fit in the time a session has, each page contributes at most ``--max-rows`` rows
(the shipped recipe: ``train.MAX_ROWS_PER_PAGE``); the figures say which was used.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from boilerfilter import metrics
from boilerfilter.decode import DecodeError, decode_bytes
from boilerfilter.devdata import data_dir, iter_pages
from boilerfilter.evaluate import run_extractor
from boilerfilter.model import load_model

from . import train
from . import written as written_pages
from .assemble import article_pool, assemble, boilerplate_runs, headlines
from .corpus import load_dataset

#: Datasets with fewer pages than this give no figure worth a model (webmainbench-samples has 5).
MIN_PAGES = 20


#: Languages reported on their own inside each left-out set (issue 3's targets are per language).
LANGS = ("en", "zh", "ja")


def trafilatura_pages(dataset: str, ids: set[str], root=None) -> dict:
    """trafilatura default's token scores of each page ``ids`` of ``dataset``, by page id."""
    pairs = {}
    for page in iter_pages(dataset, root):
        if page.id not in ids:
            continue
        try:
            html, _ = decode_bytes(page.raw())
        except (DecodeError, OSError):
            html = ""
        out = run_extractor("trafilatura", html, page.url, page.lang)[0] if html else ""
        pairs[page.id] = metrics.page_scores(out, page.gold_text or "")
    return pairs


def by_language(test, html_probs, text_probs, traf: dict, threshold: float, threshold_text: float) -> dict:
    """The left-out set's figures for each language of LANGS that has pages in it."""
    out = {}
    for lang in LANGS:
        idx = [i for i, p in enumerate(test) if p.lang == lang]
        if not idx:
            continue
        pages = [test[i] for i in idx]
        out[lang] = {"pages": len(idx),
                     "boilerfilter": train.score_pages(pages, [html_probs[i] for i in idx], threshold, "html"),
                     "trafilatura": metrics.aggregate([traf[p.id] for p in pages if p.id in traf]),
                     "text": train.score_pages(pages, [text_probs[i] for i in idx], threshold_text, "text")}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None)
    ap.add_argument("--max-rows", type=int, default=train.MAX_ROWS_PER_PAGE)
    ap.add_argument("--out", default=None, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    if data_dir(args.data) is None:
        print("development data not found: set BOILERFILTER_DATA or --data", file=sys.stderr)
        return 2
    train.MAX_ROWS_PER_PAGE = args.max_rows
    by_set = {ds: load_dataset(ds, args.data) for ds in train.TRAIN_SETS}
    shipped = load_model()
    threshold = shipped.threshold
    results = {"max_rows_per_page": args.max_rows, "threshold": threshold, "datasets": {}}
    written = written_pages.training_rows()  # the shipped recipe's written rows, in every fold
    for left_out, test in by_set.items():
        test = [p for p in test if p.gold]
        if len(test) < MIN_PAGES:
            continue
        t0 = time.time()
        pages = [replace(p, split="train") for ds, ps in by_set.items() if ds != left_out for p in ps]
        runs, heads = boilerplate_runs(pages), headlines(args.data)
        assembled = []
        for i, lang in enumerate(("zh", "ja")):
            assembled += assemble(article_pool(lang, args.data), runs, heads if lang == "zh" else [],
                                  train.N_ASSEMBLED, seed=i, lang=lang)
        X, y, sw = train.build_training(pages, assembled)
        model = train.fit_by_content_type(X, y, sw, written)
        html_probs = train.predict_pages(model, test, "html")
        text_probs = train.predict_pages(model, test, "text")
        threshold_text = shipped.threshold_for("text")
        html = train.score_pages(test, html_probs, threshold, "html")
        text = train.score_pages(test, text_probs, threshold_text, "text")
        traf_pages = trafilatura_pages(left_out, {p.id for p in test}, args.data)
        traf = metrics.aggregate(list(traf_pages.values()))
        langs = by_language(test, html_probs, text_probs, traf_pages, threshold, threshold_text)
        results["datasets"][left_out] = {"pages": len(test), "boilerfilter": html, "trafilatura": traf,
                                         "text": text, "languages": langs, "seconds": round(time.time() - t0)}
        print(f"{left_out}: {len(test)} pages, boilerfilter F1 {html['f1']:.3f} vs trafilatura {traf['f1']:.3f}; "
              f"text removed {text['boilerplate_removed']:.3f} kept {text['content_kept']:.3f} "
              f"({time.time() - t0:.0f}s)", flush=True)
        for lang, r in langs.items():
            print(f"  {lang}: {r['pages']} pages, F1 {r['boilerfilter']['f1']:.3f} vs {r['trafilatura']['f1']:.3f}; "
                  f"text removed {r['text']['boilerplate_removed']:.3f} kept {r['text']['content_kept']:.3f}",
                  flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
