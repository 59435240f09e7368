#!/usr/bin/env python
"""Plain-text mode on flattened pages written for this project: ``python benchmarks/written.py [--model M] [-v]``.

The pages live in ``training/written_pages`` (its README says who wrote them and what
their first runs led to): ``train/`` holds the pages whose Chinese and Japanese ones
are training rows of the shipped model, ``held/`` the pages it never trained on. Every
line carries its label (C content, B boilerplate) before a ``|``.

It prints, per page, the lines decided wrongly and the count; with ``-v`` every line;
then, for each part and for Chinese and Japanese apart from the other languages, the
lines decided wrongly, the share of boilerplate lines removed and of content characters
kept. They are few pages and we wrote them: a check that the described shapes are
handled, not a measure of quality (``benchmarks/quality.py`` and ``training/calibrate.py`` are).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from boilerfilter import BoilerFilter  # noqa: E402
from training import written  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--model", default=None, help="model file (default: the shipped model)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every line, not only the wrong ones")
    args = ap.parse_args(argv)
    filt = BoilerFilter(model=args.model)
    sums: dict[str, list[int]] = {}  # group -> lines, wrong, boilerplate, removed, content chars, kept chars
    for part in written.PARTS:
        for name, rows in written.pages(part).items():
            page = filt.clean("\n".join(text for _, text in rows), content_type="text")
            if len(page.blocks) != len(rows):
                print(f"{name}: {len(page.blocks)} blocks for {len(rows)} lines", file=sys.stderr)
                return 1
            bad = 0
            print(f"== {part}/{name}")
            group = f"{part} {'zh+ja' if name.startswith(('zh', 'ja')) else 'other'}"
            s = sums.setdefault(group, [0] * 6)
            for (label, text), b in zip(rows, page.blocks):
                ok = (label == "C") == b.keep
                bad += not ok
                s[0] += 1
                if label == "B":
                    s[2] += 1
                    s[3] += not b.keep
                else:
                    s[4] += len(text)
                    s[5] += len(text) if b.keep else 0
                if args.verbose or not ok:
                    print(f"  {'ok   ' if ok else 'WRONG'} {label} {'KEEP' if b.keep else 'DROP'} {b.score:.2f}"
                          f"{'*' if b.revised else ' '} {text[:70]}")
            s[1] += bad
            print(f"  {bad} of {len(rows)} lines wrong")
    print()
    for group, (lines, wrong, bp, removed, chars, kept) in sums.items():
        print(f"{group:13s} {wrong:4d} of {lines:5d} lines wrong; boilerplate lines removed "
              f"{removed / max(bp, 1):.1%}, content characters kept {kept / max(chars, 1):.1%}")
    total, wrong = sum(s[0] for s in sums.values()), sum(s[1] for s in sums.values())
    print(f"all: {wrong} of {total} lines wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
