"""Plain-text pages assembled from real parts, labelled by construction.

Real article paragraphs (the CC BY-SA encyclopedic paragraphs in ``cjk-text``) with
real boilerplate spliced in at the top, the bottom and mid-article: runs of
boilerplate lines of real flattened pages (lines the gold alignment labelled
boilerplate), runs of real news headlines (the MIT sohu sample) as bulleted link
titles, and several headlines glued into one long line. This is what a scraper's
flattened Chinese/Japanese page looks like (shared/NOTES.md, finding 9); it is not
a sample of any real site, and its article parts are encyclopedic prose, not news.
Only permissively licensed parts are used (core issue's licence rule).
"""
from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict

from boilerfilter.align import BOILERPLATE
from boilerfilter.devdata import data_dir
from boilerfilter.result import Block
from boilerfilter.segment import segment_text

_BULLETS = ["- ", "• ", "・", "· ", "■ ", "▶ ", "* ", ""]


def _jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def wiki_articles(lang: str, root=None) -> list[list[str]]:
    """Encyclopedic paragraphs grouped by their source article."""
    base = data_dir(root) / "cjk-text" / f"{lang}-wiki-paragraphs" / "paragraphs.jsonl.gz"
    groups = defaultdict(list)
    for rec in _jsonl(base):
        groups[rec.get("source", "")].append(rec["text"].strip())
    return [v for v in groups.values() if v]


def headlines(root=None) -> list[str]:
    """Real Chinese news headlines (MIT sohu sample)."""
    base = data_dir(root) / "cjk-text" / "sohu-news-sample-zh" / "news.jsonl.gz"
    return [r["headline"].strip() for r in _jsonl(base) if r.get("headline")]


def boilerplate_runs(pages, langs=("zh", "ja")) -> list[list[str]]:
    """Runs of consecutive boilerplate lines from flattened training pages."""
    runs = []
    for p in pages:
        if p.lang not in langs or p.split != "train":
            continue
        cur = []
        for b, lab in zip(p.text_blocks, p.text_labels):
            if lab == BOILERPLATE:
                cur.append(b.text)
            else:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = []
        if len(cur) >= 2:
            runs.append(cur)
    return runs


def assemble(articles, runs, heads, n_pages: int, seed: int = 0) -> list[tuple[tuple[Block, ...], list[int]]]:
    """``n_pages`` assembled pages as (blocks, labels), labels 0 content / 1 boilerplate."""
    rng = random.Random(seed)
    out = []
    for _ in range(n_pages):
        art = rng.choice(articles)
        k = rng.randint(2, min(10, len(art))) if len(art) >= 2 else 1
        paras = art[:k]
        lines: list[tuple[str, int]] = [(t, 0) for t in paras]

        def junk() -> list[tuple[str, int]]:
            kind = rng.random()
            if kind < 0.4 and heads:
                bullet = rng.choice(_BULLETS)
                return [(bullet + h, 1) for h in rng.sample(heads, rng.randint(3, 12))]
            if kind < 0.55 and heads:
                # glued headlines: separated by spaces, by nothing, or by a bar
                glue = rng.choice([" ", "", "  ", " | "])
                return [(glue.join(rng.sample(heads, rng.randint(4, 9))), 1)]
            run = rng.choice(runs)
            a = rng.randrange(len(run))
            return [(t, 1) for t in run[a:a + rng.randint(2, 12)]]

        where = rng.random()
        if where < 0.4:
            lines = junk() + lines
        elif where < 0.7:
            lines = lines + junk()
        else:
            lines = junk() + lines + junk()
        if len(paras) >= 3 and rng.random() < 0.35:  # mid-article splice
            cut = rng.randint(1, len(paras) - 1)
            first = next(i for i, (_, lab) in enumerate(lines) if lab == 0)
            lines[first + cut:first + cut] = junk()
        blocks = segment_text("\n".join(t for t, _ in lines)).blocks
        labels = [lab for t, lab in lines if t.strip()]
        if len(blocks) == len(labels):
            out.append((blocks, labels))
    return out
