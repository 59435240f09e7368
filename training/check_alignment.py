"""How far the gold-text alignment can be trusted: measured on sets with true block labels.

``boilerfilter.align`` labels a block content when at least ``HI`` of its word
shingles occur in the gold main text, boilerplate when at most ``LO`` do, and leaves
it out (ambiguous) otherwise. The training labels of every set with only a gold text
come from it, so this script runs it on the sets that also carry human block labels
(L3S-GN1, GoogleTrends-2017, webmainbench-samples): each labelled block's text is
aligned against the page's gold text and the result compared with the block's true
label. It prints, per dataset: blocks, the share left ambiguous, and for the blocks
the aligner did label, accuracy and the boilerplate label's precision/recall.

    python -m training.check_alignment [--data DIR] [--out benchmarks/results/alignment.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from boilerfilter.align import BOILERPLATE, CONTENT, align_labels
from boilerfilter.devdata import data_dir, iter_pages

#: Each set's block labels that its gold text is made of (the sets' SOURCE.md).
CONTENT_LABELS = {
    "l3s-gn1": {"x-nc-sel1", "x-nc-sel2", "x-nc-sel3", "1", "2", "3"},
    "googletrends-2017": {"main", "title"},
    "webmainbench-samples": {"main"},
}


def measure(dataset: str, root=None) -> dict:
    """Alignment against true block labels on one dataset."""
    n = ambiguous = right = 0
    tp = fp = fn = 0
    pages = 0
    for page in iter_pages(dataset, root):
        if not page.gold_blocks or not page.gold_text:
            continue
        pages += 1
        texts = [t for t, _ in page.gold_blocks]
        truth = [CONTENT if lab in CONTENT_LABELS[dataset] else BOILERPLATE for _, lab in page.gold_blocks]
        for got, want, text in zip(align_labels(texts, page.gold_text), truth, texts):
            if not text.strip():
                continue
            n += 1
            if got is None:
                ambiguous += 1
                continue
            right += got == want
            tp += got == BOILERPLATE and want == BOILERPLATE
            fp += got == BOILERPLATE and want == CONTENT
            fn += got == CONTENT and want == BOILERPLATE
    labelled = n - ambiguous
    return {"pages": pages, "blocks": n, "ambiguous_share": ambiguous / n if n else 0.0,
            "accuracy": right / labelled if labelled else 0.0,
            "boilerplate_precision": tp / (tp + fp) if tp + fp else 0.0,
            "boilerplate_recall": tp / (tp + fn) if tp + fn else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None)
    ap.add_argument("--out", default=None, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    if data_dir(args.data) is None:
        print("development data not found: set BOILERFILTER_DATA or --data", file=sys.stderr)
        return 2
    results = {ds: measure(ds, args.data) for ds in CONTENT_LABELS}
    print("| dataset | pages | blocks | ambiguous | accuracy | boilerplate P | boilerplate R |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for ds, r in results.items():
        print(f"| {ds} | {r['pages']} | {r['blocks']} | {r['ambiguous_share']:.3f} | {r['accuracy']:.3f} | "
              f"{r['boilerplate_precision']:.3f} | {r['boilerplate_recall']:.3f} |")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
