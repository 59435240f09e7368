#!/usr/bin/env python
"""Plain-text mode on the development pages flattened as markdown: ``python benchmarks/markdown_text.py``.

The held-out development pages of the training sets (at most 80 per set, as
``training/calibrate.py``) are flattened a second time, as a markdown writer would:
links as ``[text](url)``, headings with ``#`` marks, list items with ``* ``. A page is
measured only when its markdown lines are its plain lines plus that syntax, one to one,
so that the plain lines' labels (from the gold alignment) carry over. Prints the share
of boilerplate lines removed and of content characters kept, per language, with the
markdown read as the text it shows (the default), with it read as written
(``features.FOLD_MARKDOWN`` off, no links counted), and for the same pages' plain lines.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html  # noqa: E402

from boilerfilter import features  # noqa: E402
from boilerfilter.decode import decode_bytes  # noqa: E402
from boilerfilter.devdata import data_dir, iter_pages  # noqa: E402
from boilerfilter.model import load_model  # noqa: E402
from boilerfilter.revise import revise  # noqa: E402
from boilerfilter.segment import _BLOCK_TAGS, _INVISIBLE, _norm, segment_text  # noqa: E402

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def markdown_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element (as ``segment.html_to_lines``),
    with markdown links, heading marks and list bullets."""
    parts: list[str] = []

    def visit(el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _INVISIBLE or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        has_text = tag in _HEADINGS | {"li", "a"} and bool(_norm(el.text_content()))
        if block:
            parts.append("\n")
        if tag in _HEADINGS and has_text:
            parts.append("#" * int(tag[1]) + " ")
        if tag == "li" and has_text:
            parts.append("* ")
        link = (tag == "a" and el.get("href") and has_text
                and not any(isinstance(d.tag, str) and d.tag.lower() in _BLOCK_TAGS for d in el.iterdescendants()))
        start = len(parts)
        if el.text:
            parts.append(el.text)
        for child in el:
            visit(child)
        if link:
            inner = "".join(parts[start:])
            del parts[start:]
            lead, trail = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
            href = re.sub(r"\s", "%20", el.get("href").strip())
            parts.append(f"{lead}[{inner.strip()}]({href}){trail}")
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    visit(lxml_html.fromstring(html))
    lines = [ln for ln in (_norm(x) for x in "".join(parts).split("\n")) if ln]
    return [ln for ln in lines if re.sub(r"^[*#]+\s*", "", ln)]  # no marks of empty elements


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="development data folder (default ../shared/data)")
    ap.add_argument("--max-pages", type=int, default=80, help="pages per training set (default 80)")
    args = ap.parse_args(argv)
    if data_dir(args.data) is None:
        print("development data not found: set BOILERFILTER_DATA or --data", file=sys.stderr)
        return 2
    from training.corpus import load_dataset
    from training.train import TRAIN_SETS

    model = load_model()
    threshold = model.threshold_for("text")
    counts: dict = collections.defaultdict(collections.Counter)
    measured = total = 0
    for ds in TRAIN_SETS:
        raw = {p.id: p for p in iter_pages(ds, args.data)}
        for page in [p for p in load_dataset(ds, args.data) if p.split == "dev"][:args.max_pages]:
            total += 1
            try:
                md = markdown_lines(decode_bytes(raw[page.id].raw())[0])
            except Exception:  # noqa: BLE001 - a page lxml cannot read is not measured
                continue
            blocks = segment_text("\n".join(md)).blocks
            if len(md) != len(page.text_blocks) or len(blocks) != len(md):
                continue
            measured += 1
            for read in ("shown", "written", "plain"):
                features.FOLD_MARKDOWN = read == "shown"
                bl = (blocks if read == "shown" else page.text_blocks if read == "plain"
                      else tuple(replace(b, links=0, link_chars=0) for b in blocks))
                scores = model.predict_proba(features.page_features(bl, is_html=False))
                keep = revise(list(bl), list(scores), threshold, text=True)
                for lang in (page.lang, "all"):
                    c = counts[(read, lang)]
                    for k, lab, plain in zip(keep, page.text_labels, page.text_blocks):
                        if lab == 1:
                            c["bp"] += 1
                            c["removed"] += not k
                        elif lab == 0:
                            c["chars"] += len(plain.text)
                            c["kept"] += len(plain.text) if k else 0
    features.FOLD_MARKDOWN = True
    print(f"{measured} of {total} pages measured (markdown lines match the plain lines one to one); "
          f"threshold {threshold}")
    names = {"shown": "markdown read as shown  ", "written": "markdown read as written",
             "plain": "the plain lines         "}
    for (read, lang), c in sorted(counts.items(), key=lambda kv: (list(names).index(kv[0][0]), kv[0][1])):
        removed = f"{c['removed'] / c['bp']:.1%}" if c["bp"] else "-"
        print(f"  {names[read]} {lang:5s} boilerplate lines removed {removed} of {c['bp']}, "
              f"content characters kept {c['kept'] / max(c['chars'], 1):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
