"""The flattened pages written for this project, labelled line by line (``written_pages/``).

Each file is one page as a scraper would flatten it, one line per block, every line
``C|`` (content) or ``B|`` (boilerplate) before its text. ``train/`` pages are training
rows of the shipped model's plain-text classifier; ``held/`` pages are never trained on: they
measure how the model and the revision pass do on pages nobody tuned the model for
(``benchmarks/written.py`` reports the two parts apart). New pages go to ``held/``
first, so that their first run is an honest figure. ``written_pages/README.md`` says who
wrote which pages and what their first runs led to.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent / "written_pages"
PARTS = ("train", "held")
#: Sample weight of one written line, Chinese and Japanese / the other languages. The
#: flattened development pages weigh up to ``train.PAGE_CAP`` per page (x``train.CJK_WEIGHT``
#: in Chinese and Japanese) and sum to ~300,000; the 157 written training pages (5,499
#: lines; 3,430 of them Chinese or Japanese) weigh ~21,000 (7%). Chosen on session 19's
#: measurements against the same recipe without them (its model: "without"), on the 40
#: held-out written pages (1,972 lines) and the flattened English development pages at
#: the same threshold (0.55), with one classifier for both content types (its
#: plain-text predictions are those of the plain-text classifier fitted on the same rows):
#:
#: | weights | held-out lines wrong, zh+ja / other | English removed / kept |
#: |---|---|---|
#: | without | 88 / 92 | 90.7% / 96.3% |
#: | 5 / 5 | 55 / 81 | 88.9% / 96.1% |
#: | 10 / 10 | 51 / 84 | not measured |
#: | 5 / none (zh, ja only) | 54 / 93 | 90.2% / 96.2% |
#: | 5 / 2 | 46 / 85 | 90.6% / 96.3% |
WEIGHT_CJK = 5.0
WEIGHT_OTHER = 2.0


def parse(text: str, name: str = "page") -> list[tuple[str, str]]:
    """``(label, line)`` pairs of one written page; a line without ``C|`` / ``B|`` is an error."""
    rows = []
    for k, line in enumerate(text.rstrip("\n").split("\n"), 1):
        if line[:2] not in ("C|", "B|"):
            raise ValueError(f"{name}, line {k}: expected 'C|' or 'B|' before the text: {line[:40]!r}")
        rows.append((line[0], line[2:]))
    return rows


def pages(part: str | None = None, langs: tuple[str, ...] | None = None) -> dict[str, list[tuple[str, str]]]:
    """The written pages of one part (``train``, ``held``; both when None), name -> rows,
    in name order; ``langs``: only pages whose name starts with one of these prefixes."""
    out = {}
    for p in PARTS if part is None else (part,):
        if p not in PARTS:
            raise ValueError(f"unknown part {p!r}: one of {PARTS}")
        for f in sorted((ROOT / p).glob("*.txt")):
            if langs is None or f.stem.startswith(langs):
                out[f.stem] = parse(f.read_text("utf-8"), f"{p}/{f.name}")
    return out


def part_of(name: str) -> str:
    """``train`` or ``held``: where the written page ``name`` lives."""
    return next(p for p in PARTS if (ROOT / p / f"{name}.txt").exists())


def training_rows(weight_cjk: float = WEIGHT_CJK, weight_other: float = WEIGHT_OTHER):
    """Feature rows, labels (0 content, 1 boilerplate) and sample weights of the ``train``
    written pages, segmented and featurised as plain text."""
    from boilerfilter.features import page_features
    from boilerfilter.segment import segment_text

    X, y, w = [], [], []
    for name, rows in pages("train").items():
        seg = segment_text("\n".join(t for _, t in rows))
        if len(seg.blocks) != len(rows):
            raise ValueError(f"written page {name}: {len(seg.blocks)} blocks for {len(rows)} lines")
        X += page_features(seg.blocks, is_html=False)
        y += [0 if lab == "C" else 1 for lab, _ in rows]
        w += [weight_cjk if name.startswith(("zh", "ja")) else weight_other] * len(rows)
    return X, y, w
