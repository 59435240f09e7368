#!/usr/bin/env python
"""Correct the labels of an exported block file by rule, standing in for a person.

Usage: python relabel.py BLOCKS.jsonl LABELS.jsonl

A person would open the file written by ``boilerfilter blocks``, read each page's blocks
and fix the ``label`` of the ones the model got wrong. On this site that means:

* the "Chef's pantry picks" heading and every paragraph after it in the recipe are
  sponsored product blurbs: ``ad``;
* the "From our kitchen newsletter" paragraph is a sign-up pitch: ``ad``;
* the byline (author, date, servings) is ``meta``;
* blocks outside the recipe article (menus, "More from the kitchen", the footer) are
  ``nav``;
* every other block of the recipe (title, introduction, ingredients, method, tip) is
  ``content``.

The rule reads only what the label file holds (each block's text, tag and DOM path and
class words), as a person reading the file would. It prints what it changed.
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def relabel(record: dict) -> Counter:
    """Set the label of every block of one page record; returns the count of changes by (old, new)."""
    changes: Counter = Counter()
    in_picks = False
    for block in record["blocks"]:
        text = block["text"]
        in_article = "/article/" in block["path"] or block["path"].endswith("/article")
        if block["tag"].startswith("h") and "pantry picks" in text.lower():
            in_picks = True
        if not in_article:
            new = "nav"
        elif in_picks or text.startswith("From our kitchen newsletter"):
            new = "ad"
        elif "byline" in block["hint"].split("|")[0]:
            new = "meta"
        else:
            new = "content"
        old = block["label"]
        if (old == "content") != (new == "content"):
            changes[old, new] += 1
        block["label"] = new
    return changes


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    src, dst = argv
    with open(src, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    total: Counter = Counter()
    for record in records:
        changes = relabel(record)
        total.update(changes)
        for (old, new), n in sorted(changes.items()):
            print(f"{record['source']}: {n} block(s) {old} -> {new}")
    with open(dst, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} pages, {sum(total.values())} labels corrected -> {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
