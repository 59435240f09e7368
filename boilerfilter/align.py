"""Block labels from a page's gold main text (for training and block-level evaluation).

A block is content when most of its token 4-shingles occur in the gold text and
boilerplate when almost none do; in between it is ambiguous and left out of training.
With the cut at one half, 1.5-3% of blocks fell in the ambiguous band and moving the
cut anywhere in 0.3-0.7 changed the achievable F1 by under 0.005 (shared/NOTES.md,
finding 5). Blocks shorter than one shingle are content only when they are a whole
gold line (a heading, a list item), boilerplate when their tokens occur nowhere in the
gold, ambiguous otherwise ("Home" occurs in many articles).
"""
from __future__ import annotations

from .metrics import SHINGLE_SIZE, tokenize

__all__ = ["GoldIndex", "align_labels", "CONTENT", "BOILERPLATE"]

CONTENT = 0
BOILERPLATE = 1
# Share of a block's shingles found in the gold: at least HI → content, at most LO →
# boilerplate (the ambiguous band 0.2-0.8 of shared/NOTES.md, finding 5).
LO, HI = 0.2, 0.8


class GoldIndex:
    """Shingles and lines of one gold text, for fast lookups."""

    def __init__(self, gold: str):
        toks = tokenize(gold)
        self.shingles = {tuple(toks[i:i + SHINGLE_SIZE]) for i in range(max(len(toks) - SHINGLE_SIZE + 1, 0))}
        self.short = set()
        for n in range(1, SHINGLE_SIZE):
            self.short.update(tuple(toks[i:i + n]) for i in range(max(len(toks) - n + 1, 0)))
        self.lines = {tuple(tokenize(line)) for line in gold.splitlines()}

    def share(self, text: str) -> float | None:
        """Share of the text's shingles found in the gold (None for texts without tokens)."""
        toks = tokenize(text)
        if not toks:
            return None
        if len(toks) < SHINGLE_SIZE:
            t = tuple(toks)
            if t in self.lines:
                return 1.0
            return 0.5 if t in self.short else 0.0
        sh = [tuple(toks[i:i + SHINGLE_SIZE]) for i in range(len(toks) - SHINGLE_SIZE + 1)]
        return sum(1 for s in sh if s in self.shingles) / len(sh)


def align_labels(texts: list[str], gold: str) -> list[int | None]:
    """``CONTENT``, ``BOILERPLATE`` or None (ambiguous) for each block text."""
    idx = GoldIndex(gold)
    out: list[int | None] = []
    for t in texts:
        s = idx.share(t)
        if s is None:
            out.append(None)
        elif s >= HI:
            out.append(CONTENT)
        elif s <= LO:
            out.append(BOILERPLATE)
        else:
            out.append(None)
    return out
