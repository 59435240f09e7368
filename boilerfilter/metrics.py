"""Scoring an extraction against gold: token-shingle precision/recall and friends.

The page metric follows the ScrapingHub article-extraction-benchmark
(``evaluate.py``): the text is split into ``\\w+`` tokens, tokens are grouped
into overlapping 4-token shingles counted per page, and the overlap of the
predicted and gold multisets of shingles gives precision and recall. Precision
and recall are averaged over pages and F1 is taken of the two averages.

Two deliberate differences from the benchmark:

* Tokens are lowercased, and every CJK character (Han, Hiragana, Katakana,
  Hangul) is a token of its own. The benchmark's bare ``\\w+`` turns a whole
  run of Chinese or Japanese text into one "word", which makes the metric
  all-or-nothing on those pages.
* Empty sides are scored, never skipped (see :func:`page_scores`). The
  benchmark leaves a page out of the precision average when the prediction is
  empty and out of the recall average when the gold is empty; here an empty
  prediction for a page that has content costs precision as well, so that a
  system cannot gain precision by giving up on hard pages.

Only the standard library is used.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = [
    "SHINGLE_SIZE",
    "tokenize",
    "shingles",
    "page_scores",
    "aggregate",
    "block_prf",
    "snippet_scores",
    "normalize_space",
]

#: Tokens per shingle.
SHINGLE_SIZE = 4

# Characters that are tokens of their own: CJK ideographs (unified, Extension A,
# compatibility, and the supplementary planes), the ideographic iteration and
# number marks (々〆〇〻), Hiragana, Katakana (with phonetic extensions and the
# halfwidth forms) and Hangul (jamo, compatibility jamo, syllables, halfwidth).
_CJK_RANGES = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3005-\u3007"  # 々 〆 〇
    "\u303b"  # 〻
    "\u3040-\u309f"  # Hiragana
    "\u30a0-\u30ff"  # Katakana
    "\u3130-\u318f"  # Hangul Compatibility Jamo
    "\u31f0-\u31ff"  # Katakana Phonetic Extensions
    "\u3400-\u4dbf"  # CJK Unified Ideographs Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\ua960-\ua97f"  # Hangul Jamo Extended-A
    "\uac00-\ud7af"  # Hangul Syllables
    "\ud7b0-\ud7ff"  # Hangul Jamo Extended-B
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\uff66-\uff9f"  # Halfwidth Katakana
    "\uffa0-\uffdc"  # Halfwidth Hangul
    "\U00020000-\U0003134f"  # Extensions B..G
    "\U0002f800-\U0002fa1f"  # CJK Compatibility Ideographs Supplement
)

# A CJK character that is also a word character (so marks such as ゛ stay out),
# or a run of word characters that are not CJK.
_TOKEN_RE = re.compile(
    rf"(?=[{_CJK_RANGES}])\w|[^\W{_CJK_RANGES}]+", re.UNICODE
)
_SPACE_RE = re.compile(r"\s+")


def tokenize(text: str | None) -> list[str]:
    """Split text into lowercased word tokens, one token per CJK character.

    Args:
        text: any text; ``None`` counts as empty.

    Returns:
        The tokens in order, e.g. ``"今天天气好abc 12"`` gives
        ``["今", "天", "天", "气", "好", "abc", "12"]``.
    """
    if not text:
        return []
    return [token.lower() for token in _TOKEN_RE.findall(text)]


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter:
    """Count the overlapping shingles of ``size`` tokens of a text.

    Args:
        text: any text; ``None`` counts as empty.
        size: tokens per shingle.

    Returns:
        A Counter of token tuples. A text with fewer than ``size`` tokens gives
        its whole token tuple as a single shingle; an empty text gives an empty
        Counter.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def page_scores(predicted: str | None, gold: str | None) -> tuple[float, float]:
    """Shingle precision and recall of one page's extraction.

    The overlap is the sum over shingles of the smaller of the two counts;
    precision is overlap / predicted shingles and recall is overlap / gold
    shingles. When a side is empty:

    * both empty: precision 1, recall 1 (nothing to find, nothing wrongly kept);
    * prediction empty, gold not: precision 0, recall 0 (the benchmark instead
      leaves such a page out of its precision average);
    * gold empty, prediction not: precision 0, recall 1 (the benchmark leaves
      such a page out of its recall average).

    Args:
        predicted: the extracted text.
        gold: the reference main content.

    Returns:
        ``(precision, recall)``, each in [0, 1].
    """
    pred = shingles(predicted)
    ref = shingles(gold)
    if not pred and not ref:
        return 1.0, 1.0
    if not pred:
        return 0.0, 0.0
    if not ref:
        return 0.0, 1.0
    overlap = sum(min(count, ref[key]) for key, count in pred.items() if key in ref)
    return overlap / sum(pred.values()), overlap / sum(ref.values())


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def aggregate(pairs: Iterable[tuple[float, float]]) -> dict:
    """Average page scores over pages, the benchmark's way.

    Args:
        pairs: ``(precision, recall)`` of each page, as from :func:`page_scores`.

    Returns:
        ``{"precision", "recall", "f1", "pages"}``: the mean precision, the mean
        recall, the F1 of those two means, and the number of pages. With no
        pages all three scores are 0.
    """
    n = 0
    sum_p = sum_r = 0.0
    for precision, recall in pairs:
        n += 1
        sum_p += precision
        sum_r += recall
    if n == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "pages": 0}
    precision, recall = sum_p / n, sum_r / n
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall), "pages": n}


def block_prf(
    pred_labels: Sequence[bool], gold_labels: Sequence[bool]
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the class "content" over blocks.

    Uses the same empty-side conventions as :func:`page_scores`: no block
    predicted and none in gold gives (1, 1, 1); none predicted but some in gold
    gives (0, 0, 0); some predicted but none in gold gives precision 0, recall 1.

    Args:
        pred_labels: predicted labels, True for content.
        gold_labels: gold labels, True for content, aligned with ``pred_labels``.

    Returns:
        ``(precision, recall, f1)``.

    Raises:
        ValueError: when the two sequences differ in length.
    """
    if len(pred_labels) != len(gold_labels):
        raise ValueError(
            f"label sequences differ in length: {len(pred_labels)} != {len(gold_labels)}"
        )
    tp = fp = fn = 0
    for pred, gold in zip(pred_labels, gold_labels):
        if pred and gold:
            tp += 1
        elif pred:
            fp += 1
        elif gold:
            fn += 1
    n_pred, n_gold = tp + fp, tp + fn
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    if n_pred == 0:
        return 0.0, 0.0, 0.0
    if n_gold == 0:
        return 0.0, 1.0, 0.0
    precision, recall = tp / n_pred, tp / n_gold
    return precision, recall, _f1(precision, recall)


def normalize_space(text: str | None) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACE_RE.sub(" ", text or "").strip()


def snippet_scores(
    text: str | None,
    with_snippets: Iterable[str] | None,
    without_snippets: Iterable[str] | None,
) -> tuple[float | None, float | None]:
    """Score an extraction against must / must-not snippets (trafilatura-eval).

    Containment is exact and case-sensitive after whitespace normalisation of
    both the text and the snippets; empty snippets are ignored.

    Args:
        text: the extracted text.
        with_snippets: snippets a good extraction contains.
        without_snippets: snippets a good extraction does not contain.

    Returns:
        ``(found, absent)``: the fraction of ``with_snippets`` found in the text
        and the fraction of ``without_snippets`` absent from it; each is
        ``None`` when there are no snippets of that kind.
    """
    haystack = normalize_space(text)

    def _fraction(snippets: Iterable[str] | None, present: bool) -> float | None:
        """Share of snippets whose containment equals ``present``."""
        needles = [normalize_space(s) for s in (snippets or ())]
        needles = [s for s in needles if s]
        if not needles:
            return None
        hits = sum((needle in haystack) == present for needle in needles)
        return hits / len(needles)

    return _fraction(with_snippets, True), _fraction(without_snippets, False)
