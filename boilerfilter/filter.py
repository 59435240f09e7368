"""The pipeline: page → blocks → features → probabilities → revised decisions → CleanedPage."""
from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from . import revise as _revise
from .decode import DecodeError, decode_bytes, sniff_content_type
from .features import page_features, script_of
from .io import GZIP_MAGIC, InputError, gunzip
from .limits import TimeLimitExceeded, time_limit
from .model import Model, load_model
from .options import DEFAULT_OPTIONS, Options
from .result import Block, CleanedPage
from .segment import segment_html, segment_html_fast, segment_text

__all__ = ["BoilerFilter", "clean"]

# Pages are classified in batches: one predict call over the blocks of many pages is
# much cheaper than one call per page (the model's fixed cost per call dominates small pages).
_BATCH_PAGES = 64


@dataclass(frozen=True)
class _Prepared:
    """A page after decoding and segmentation, before classification."""

    blocks: tuple[Block, ...]
    content_type: str
    title: str
    encoding: str
    url: str | None
    spent: float = 0.0  # seconds its decoding and segmentation took (counted in Options.time_limit)
    mode: str = ""  # how its blocks are classified: "html" (DOM blocks) or "text" (lines); "" = content_type

    @property
    def classified_as(self) -> str:
        return self.mode or self.content_type


@dataclass(frozen=True)
class _Featured:
    """A prepared page with its feature rows, ready for the batch's prediction."""

    page: _Prepared
    feats: list


#: Anything that looks like a tag: a page without one is not HTML whatever its name says.
_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")


def classified_as(content_type: str, options: Options) -> str:
    """How a page of ``content_type`` is classified: ``"html"`` (DOM blocks) or ``"text"`` (lines).

    resiliparse's output is plain text, so an HTML page it extracts is classified as text.
    """
    return "text" if content_type == "html" and options.extractor == "resiliparse" else content_type


def _check_args(page, url, content_type, encoding=None) -> None:
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be str or None, not {type(encoding).__name__}")
    if content_type not in (None, "html", "text"):
        if not isinstance(content_type, str):
            raise TypeError(f"content_type must be 'html', 'text' or None, not {type(content_type).__name__}")
        raise ValueError(f"content_type must be 'html', 'text' or None, not {content_type!r}")


def prepare(page: str | bytes, *, url: str | None = None, content_type: str | None = None,
            options: Options = DEFAULT_OPTIONS, encoding: str | None = None) -> _Prepared | CleanedPage:
    """Decode and segment one page; an empty ``CleanedPage`` with a reason when that fails."""
    started = time.monotonic()
    try:
        with time_limit(options.time_limit):
            prepared = _prepare(page, url, content_type, options, encoding)
    except TimeLimitExceeded as exc:
        return CleanedPage("", reason=exc.reason, url=url)
    if isinstance(prepared, _Prepared):
        prepared = replace(prepared, spent=time.monotonic() - started)
    return prepared


def _prepare(page: str | bytes, url: str | None, content_type: str | None,
             options: Options, encoding: str | None) -> _Prepared | CleanedPage:
    ctype = content_type or options.content_type
    hint, encoding = encoding, ""
    if isinstance(page, (bytes, bytearray, memoryview)):
        raw = bytes(page)
        if len(raw) > options.max_bytes:
            return CleanedPage("", reason=f"page too large ({len(raw)} bytes > max_bytes {options.max_bytes})", url=url)
        if not raw.strip():
            return CleanedPage("", reason="empty input", url=url)
        if raw.startswith(GZIP_MAGIC):
            # a gzipped body (saved as it came off the wire, whatever the file's name)
            try:
                raw = gunzip(raw, "page", options.max_bytes)
            except InputError as exc:  # corrupt, truncated, or too large once decompressed
                return CleanedPage("", reason=str(exc), url=url)
        try:
            text, encoding = decode_bytes(raw, hint)
        except DecodeError as exc:
            return CleanedPage("", reason=str(exc), url=url)
    else:
        text = page
        if len(text) > options.max_bytes:
            return CleanedPage("", reason=f"page too large ({len(text)} characters > max_bytes {options.max_bytes})", url=url)
        # NULs and lone surrogates would make the output invalid UTF-8
        text = text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    if not text.strip():
        return CleanedPage("", reason="empty input", url=url, encoding=encoding)
    ctype = ctype or sniff_content_type(text)
    mode = classified_as(ctype, options)
    fast = mode != ctype  # resiliparse's lines stand for an HTML page
    try:
        if fast:
            seg = segment_html_fast(text)
        else:
            seg = (segment_html(text, url, fallback=options.fallback, replies=options.replies) if ctype == "html"
                   else segment_text(text))
    except Exception as exc:  # noqa: BLE001 - any extractor failure is a per-page outcome
        if fast and isinstance(exc, ImportError):
            raise  # resiliparse is not installed: a set-up error, not this page's
        return CleanedPage("", reason=f"extraction failed: {type(exc).__name__}: {exc}"[:300],
                           content_type=ctype, encoding=encoding, url=url)
    if not seg.blocks and ctype == "html" and not _TAG.search(text):
        # a page named .html (or declared html) that holds no markup: plain text after all
        ctype, mode, seg = "text", "text", segment_text(text)
    if not seg.blocks:
        return CleanedPage("", reason="no blocks extracted", content_type=ctype, encoding=encoding,
                           title=seg.title, url=url)
    return _Prepared(seg.blocks, ctype, seg.title, encoding, url, mode=mode)


class BoilerFilter:
    """A reusable, picklable, thread-safe cleaner.

    The model loads lazily on first use and once per process; pickling the filter
    ships only the model's path and the options (never the model's bytes), so it is
    cheap to send to worker processes.

    Args:
        model: None for the shipped model, a path to a ``.joblib`` model (with its
            ``.json`` card beside it), or a loaded ``Model``.
        options: an ``Options``; None for the defaults.

    Raises:
        TypeError: for arguments of the wrong type.
    """

    def __init__(self, model: str | os.PathLike | Model | None = None, options: Options | None = None):
        if model is not None and not isinstance(model, (str, os.PathLike, Model)):
            raise TypeError(f"model must be a path, a Model or None, not {type(model).__name__}")
        if options is not None and not isinstance(options, Options):
            raise TypeError(f"options must be an Options, not {type(options).__name__}")
        self.model = model
        self.options = options or DEFAULT_OPTIONS
        self._model = model if isinstance(model, Model) else None
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_lock"] = None
        if not isinstance(self.model, Model):
            state["_model"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"BoilerFilter(model={self.model!r}, options={self.options!r})"

    def load(self) -> Model:
        """The verified model, loaded on first call (raises ``ModelError`` when it is bad)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_model(self.model)
        return self._model

    @property
    def threshold(self) -> float:
        """The cut for HTML pages (see ``threshold_for``)."""
        return self.threshold_for("html")

    def threshold_for(self, content_type: str) -> float:
        """The boilerplate-probability cut for ``"html"`` or ``"text"`` pages.

        ``Options.threshold`` overrides the model card's (which has one per content type).
        """
        t = self.options.threshold
        return float(t) if t is not None else self.load().threshold_for(content_type)

    def clean(self, page: str | bytes, *, url: str | None = None, content_type: str | None = None,
              encoding: str | None = None) -> CleanedPage:
        """Clean one page.

        Args:
            page: HTML or plain text as ``str``, or HTML/text ``bytes`` in any charset.
            url: the page's URL, if known.
            content_type: ``"html"``, ``"text"`` or None to sniff.
            encoding: for bytes, the charset the transport declared (e.g. the HTTP
                ``Content-Type`` charset), tried before the page's own declaration.

        Returns:
            a ``CleanedPage``; empty with a ``reason`` when nothing could be kept.

        Raises:
            TypeError: when an argument has the wrong type.
        """
        _check_args(page, url, content_type, encoding)
        return self._classify([prepare(page, url=url, content_type=content_type, options=self.options,
                                       encoding=encoding)])[0]

    def clean_many(self, pages: Iterable, *, content_type: str | None = None) -> Iterator[CleanedPage]:
        """Clean many pages, classifying their blocks in batches; yields results in order.

        Args:
            pages: ``str``/``bytes`` pages, ``(page, url)`` pairs, or ``(page, url, encoding)``
                triples (``encoding`` as for ``clean``).
            content_type: as for ``clean``, for every page.
        """
        batch = []
        for item in pages:
            page, url, encoding = (item + (None,))[:3] if isinstance(item, tuple) else (item, None, None)
            _check_args(page, url, content_type, encoding)
            batch.append(prepare(page, url=url, content_type=content_type, options=self.options,
                                 encoding=encoding))
            if len(batch) >= _BATCH_PAGES:
                yield from self._classify(batch)
                batch = []
        if batch:
            yield from self._classify(batch)

    def _classify(self, prepared: list) -> list[CleanedPage]:
        """Features, one batched prediction, revision and assembly for prepared pages."""
        prepared = [self._features(p) if isinstance(p, _Prepared) else p for p in prepared]
        todo = [p for p in prepared if isinstance(p, _Featured)]
        if not todo:
            return list(prepared)
        model = self.load()
        rows, spans = [], []
        for p in todo:
            spans.append((len(rows), len(rows) + len(p.feats)))
            rows.extend(p.feats)
        scores = model.predict_proba(rows)
        results = iter(_assemble(f.page, list(scores[a:b]), self.threshold_for(f.page.classified_as), self.options,
                                 rows[a:b]) for f, (a, b) in zip(todo, spans))
        return [next(results) if isinstance(p, _Featured) else p for p in prepared]

    def _features(self, p: _Prepared) -> _Featured | CleanedPage:
        """The page's feature rows, within what is left of its time limit."""
        try:
            with time_limit(self.options.time_limit, p.spent):
                return _Featured(p, page_features(p.blocks, is_html=p.classified_as == "html"))
        except TimeLimitExceeded as exc:
            return CleanedPage("", reason=exc.reason, content_type=p.content_type, encoding=p.encoding,
                               title=p.title, url=p.url)


def _assemble(p: _Prepared, scores: list[float], threshold: float, options: Options,
              feats: list[dict]) -> CleanedPage:
    blocks = list(p.blocks)
    if options.revise:
        keep = _revise.revise(blocks, scores, threshold, rescue=p.classified_as == "html",
                              text=p.classified_as == "text", stats=feats)
    else:
        keep = [bool(s < threshold) for s in scores]
    final = _revise.apply(blocks, scores, keep, threshold, feats)
    text = "\n".join(b.text for b in final if b.keep)
    reason = "" if text else "all blocks dropped as boilerplate"
    return CleanedPage(text=text, blocks=final, reason=reason, content_type=p.content_type, title=p.title,
                       language=script_of(text or " ".join(b.text for b in blocks[:20])),
                       encoding=p.encoding, url=p.url)


_SHIPPED = BoilerFilter()  # loads the shipped model lazily, once per process


def clean(page: str | bytes, *, url: str | None = None, content_type: str | None = None,
          options: Options | None = None, encoding: str | None = None) -> CleanedPage:
    """Clean one page with the shipped model (see ``BoilerFilter.clean``).

    The shipped model is loaded once per process and shared between calls.
    """
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an Options, not {type(options).__name__}")
    f = _SHIPPED if options is None else BoilerFilter(_SHIPPED.load(), options)
    return f.clean(page, url=url, content_type=content_type, encoding=encoding)
