"""Issue 6's measure on assembled plain-text pages: ``python -m training.assembled_eval``.

Pages are assembled as for training (``training/assemble.py``) but with other seeds, and
their boilerplate runs come from the *held-out* (dev) sites' flattened pages, so the
spliced junk is text the model never saw. The articles come from the same pool as
training (encyclopedic paragraphs, and the sohu news articles for Chinese: there is no
other permissively licensed CJK prose here), with their titles on half the pages and
30% of Chinese pages in traditional characters, and the headlines and promo parts from
the same generators: read the figures as an upper bound for junk of these shapes, not as
held-out performance. A lost title counts as a lost paragraph.

Prints, per language: pages, the share of pages where every spliced line is removed,
the share where no article paragraph is lost, and the line/character shares.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from boilerfilter.devdata import data_dir
from boilerfilter.filter import BoilerFilter

from .assemble import article_pool, assemble, boilerplate_runs, headlines
from .corpus import load_dataset
from .train import TRAIN_SETS

#: Seeds of the evaluation pages: training uses 0 (zh) and 1 (ja).
SEEDS = {"zh": 100, "ja": 101}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None)
    ap.add_argument("--pages", type=int, default=300, help="pages per language (default 300)")
    args = ap.parse_args(argv)
    if data_dir(args.data) is None:
        print("development data not found: set BOILERFILTER_DATA or --data", file=sys.stderr)
        return 2
    dev = [replace(p, split="train") for ds in TRAIN_SETS for p in load_dataset(ds, args.data) if p.split == "dev"]
    runs, heads = boilerplate_runs(dev), headlines(args.data)
    filt = BoilerFilter()
    for lang, seed in SEEDS.items():
        pages = assemble(article_pool(lang, args.data), runs, heads if lang == "zh" else [], args.pages,
                         seed=seed, lang=lang)
        cleaned = filt.clean_many(["\n".join(b.text for b in blocks) for blocks, _ in pages], content_type="text")
        all_junk = no_loss = junk = junk_removed = chars = chars_kept = 0
        for (blocks, labels), page in zip(pages, cleaned):
            keep = [b.keep for b in page.blocks]
            if len(keep) != len(labels):
                continue
            all_junk += all(not k for k, lab in zip(keep, labels) if lab == 1)
            no_loss += all(k for k, lab in zip(keep, labels) if lab == 0)
            junk += sum(labels)
            junk_removed += sum(1 for k, lab in zip(keep, labels) if lab == 1 and not k)
            chars += sum(len(b.text) for b, lab in zip(blocks, labels) if lab == 0)
            chars_kept += sum(len(b.text) for b, k, lab in zip(blocks, keep, labels) if lab == 0 and k)
        n = len(pages)
        print(f"{lang}: {n} pages; every spliced line removed on {all_junk / n:.1%}, no article paragraph "
              f"lost on {no_loss / n:.1%}; boilerplate lines removed {junk_removed / max(junk, 1):.1%}, "
              f"content characters kept {chars_kept / max(chars, 1):.1%}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
