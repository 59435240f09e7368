"""Labelled blocks from the development data: extraction, gold alignment, caching.

Each page yields two labelled block sequences: HTML mode (trafilatura recall blocks,
as ``boilerfilter`` segments them) and plain-text mode (the page flattened to one line
per block element, as a scraper would). Labels come from ``boilerfilter.align``.
Results are cached outside the repository (derived blocks of third-party pages must
never be committed): ``$BOILERFILTER_CACHE`` or ``~/.cache/boilerfilter-training``.
"""
from __future__ import annotations

import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from boilerfilter.align import align_labels
from boilerfilter.decode import DecodeError, decode_bytes
from boilerfilter.devdata import DevPage, iter_pages, site_of, split_of
from boilerfilter.result import Block
from boilerfilter.segment import html_to_lines, segment_html, segment_text

#: Bump when segmentation or alignment changes, so stale caches are not reused.
#: 5: nested list items keep their inline text; one parse per page.
#: 6: a discussion thread's replies are added (segment.THREAD_COMMENTS).
#: 7: thread words count in a URL path's segments only, not inside an article's slug.
#: 8: inline elements join the text around them as written ("David Brier, …").
#: 9: paragraphs trafilatura cut at inline elements are one block again (merge_fragments).
CORPUS_VERSION = 9



@dataclass
class LabelledPage:
    """One page's blocks and labels in both modes."""

    dataset: str
    id: str
    site: str
    lang: str
    split: str  # "train" or "dev" (site-grouped) for trainable sets, "eval" otherwise
    gold: str
    html_blocks: tuple[Block, ...]
    html_labels: list
    text_blocks: tuple[Block, ...]
    text_labels: list


def label_page(page: DevPage) -> LabelledPage | None:
    """Decode, segment (both modes) and align one page; None when it cannot be used."""
    try:
        html, _ = decode_bytes(page.raw())
    except (DecodeError, OSError):
        return None
    try:
        hb = segment_html(html, page.url).blocks
    except Exception:  # noqa: BLE001 - trafilatura can fail on odd pages; skip them
        hb = ()
    tb = segment_text("\n".join(html_to_lines(html))).blocks
    gold = page.gold_text or ""
    return LabelledPage(
        dataset=page.dataset, id=page.id, site=site_of(page), lang=page.text_lang,
        split=split_of(page), gold=gold,
        html_blocks=hb, html_labels=align_labels([b.text for b in hb], gold),
        text_blocks=tb, text_labels=align_labels([b.text for b in tb], gold))


def cache_dir() -> Path:
    """Where labelled corpora are cached (outside the repository)."""
    return Path(os.environ.get("BOILERFILTER_CACHE", Path.home() / ".cache" / "boilerfilter-training"))


def _keep_page(p: DevPage) -> bool:
    # readability-tests carries ~28 synthetic lorem-ipsum fixtures (lang "la")
    return bool((p.gold_text or "").strip()) and p.lang != "la"


def load_dataset(dataset: str, root=None, jobs: int = 2, limit: int | None = None) -> list[LabelledPage]:
    """Labelled pages of one dataset (cached)."""
    path = cache_dir() / f"{dataset}-v{CORPUS_VERSION}-{limit or 'all'}.pkl"
    if path.is_file():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    pages = [p for p in iter_pages(dataset, root) if _keep_page(p)][:limit]
    with ProcessPoolExecutor(jobs) as pool:
        out = [lp for lp in pool.map(label_page, pages, chunksize=4) if lp is not None]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(out, fh)
    os.replace(tmp, path)
    return out
