"""One immutable options object, built once at the edge (CLI, caller) and passed down."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

__all__ = ["Options", "DEFAULT_OPTIONS"]

_CONTENT_TYPES = (None, "html", "text")
_EXTRACTORS = ("trafilatura", "resiliparse")


@dataclass(frozen=True)
class Options:
    """Settings of one cleaning run.

    Attributes:
        threshold: a block whose boilerplate probability (``Block.score``) is at
            least this is dropped. ``None`` uses the threshold stored in the model
            card (tuned on held-out development data when the model was built).
        content_type: ``"html"``, ``"text"`` or ``None`` (sniff each page).
        revise: run the context pass that fixes isolated decisions.
        max_bytes: pages larger than this are refused with a reason (not truncated).
        fallback: when trafilatura's recall-mode extraction finds little text, extract
            the page again with trafilatura's full default cascade and classify the
            longer output (``segment.FALLBACK_TOKENS``); costs a second extraction
            on such pages only.
        replies: on a discussion thread (a forum topic or Q&A page, ``segment.thread_page``),
            add the replies trafilatura files as comments after the main text, for the
            classifier to judge; ``False`` leaves every page's replies out, as the first
            extraction does (for a corpus that wants no user comments).
        time_limit: seconds one page may take (decoding, extraction and its features;
            not the prediction its batch shares); a page over it comes out empty with
            the reason ``"time limit exceeded (N s)"``. ``None``: no limit. It
            interrupts the page only in the main thread (see ``boilerfilter.limits``);
            elsewhere the page is reported when it finishes.
        extractor: what cuts an HTML page into blocks. ``"trafilatura"`` (default):
            trafilatura's recall-mode extraction, blocks with their DOM facts.
            ``"resiliparse"`` (extra ``resiliparse``): resiliparse's main-content
            plain-text extraction, many times faster; its lines are classified as plain
            text (they carry no DOM facts), so quality is lower (README, Quality).
    """

    threshold: float | None = None
    content_type: str | None = None
    revise: bool = True
    # 20 MB: far above real article pages (the largest development page is ~3 MB),
    # low enough that one page cannot hold a worker for minutes.
    max_bytes: int = 20_000_000
    fallback: bool = True
    replies: bool = True
    # No limit in the library by default: a caller's own loop decides what is too slow.
    # The command line sets one (cli.DEFAULT_TIME_LIMIT).
    time_limit: float | None = None
    extractor: str = "trafilatura"

    def __post_init__(self) -> None:
        if self.threshold is not None and not isinstance(self.threshold, (int, float)):
            raise TypeError("threshold must be a number or None")
        if self.threshold is not None and not 0.0 <= float(self.threshold) <= 1.0:
            raise ValueError("threshold must be within [0, 1]")
        if self.content_type not in _CONTENT_TYPES:
            raise ValueError(f"content_type must be one of {_CONTENT_TYPES}")
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError("max_bytes must be a positive int")
        if self.extractor not in _EXTRACTORS:
            raise ValueError(f"extractor must be one of {_EXTRACTORS}")
        if self.time_limit is not None:
            if isinstance(self.time_limit, bool) or not isinstance(self.time_limit, (int, float)):
                raise TypeError("time_limit must be a number of seconds or None")
            if not 0 < self.time_limit < float("inf"):
                raise ValueError("time_limit must be a positive, finite number of seconds")

    def with_(self, **changes) -> "Options":
        """A copy with some fields changed (unknown names raise TypeError)."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown option(s): {sorted(unknown)}")
        return replace(self, **changes)


DEFAULT_OPTIONS = Options()
