"""Crawl formats in: WARC and JSON-lines files (and plain page files) as one stream of page records.

Nothing here cleans; ``stream.py`` cleans the records. A record that cannot be read is a
``Record`` with ``error`` set, never an exception: one bad record does not end a batch.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from .io import InputError, PageTooLarge, content_type_for, iter_inputs, read_input

__all__ = ["INPUT_FORMATS", "Record", "JsonlFields", "MissingExtra", "detect_format", "iter_records",
           "iter_warc", "iter_jsonl", "require"]

#: Values of ``--input-format``: ``auto`` decides by the file name (see ``detect_format``).
INPUT_FORMATS = ("auto", "pages", "warc", "jsonl")

_WARC_SUFFIXES = (".warc", ".warc.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# fastwarc's reader asks for this much at a time; one gzip member (a WARC record) is returned per read
_READ = 1 << 16


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message names the extra that installs it."""


def require(module: str, extra: str):
    """Import ``module`` or raise ``MissingExtra`` naming ``pip install 'boilerfilter[extra]'``."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{module} is not installed: pip install 'boilerfilter[{extra}]'") from None


@dataclass(frozen=True)
class Record:
    """One page read from an input, or why none could be.

    Attributes:
        source: the page's id in outputs and reports: the WARC target URI, the JSONL id
            field (else ``FILE:LINE``), or the file path of a page file.
        data: the page (bytes from WARC and page files, str from JSONL); None when not read.
        url: the page's URL when known.
        content_type: ``"html"``, ``"text"`` or None to sniff.
        encoding: the charset the transport declared (the HTTP Content-Type), a decoding hint.
        error: why the record cannot be read (a failure, counted and logged).
        reason: why the page is empty without reading it (e.g. too large), as ``CleanedPage.reason``.
        skipped: the media type of a record that is not a page (a WARC image, PDF...): counted, not cleaned.
    """

    source: str
    data: bytes | str | None = None
    url: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    error: str = ""
    reason: str = ""
    skipped: str = ""


@dataclass(frozen=True)
class JsonlFields:
    """Where a JSON-lines record keeps its page.

    Attributes:
        html: the field holding HTML.
        text: the field holding plain text (used when ``html`` is absent or null).
        id: the field naming the page in outputs; None tries ``url`` then ``id``, else ``FILE:LINE``.
        url: the field holding the page's URL.
    """

    html: str = "html"
    text: str = "text"
    id: str | None = None
    url: str = "url"


def detect_format(path: str | os.PathLike) -> str:
    """``"warc"``, ``"jsonl"`` or ``"pages"`` from the file name (``.warc[.gz]``, ``.jsonl[.gz]``, ``.ndjson[.gz]``)."""
    name = os.fspath(path).lower()
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "pages"


def iter_records(inputs: Iterable[str | os.PathLike], *, input_format: str = "auto",
                 fields: JsonlFields = JsonlFields(), content_type: str | None = None,
                 max_bytes: int | None = None, exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Record]:
    """Every page record of ``inputs``, in order.

    Args:
        inputs: WARC and JSONL files, page files, and folders (searched for pages as by
            ``io.iter_inputs``).
        input_format: ``auto`` (by file name), or ``pages``, ``warc``, ``jsonl`` for every file named.
        fields: the JSONL field names.
        content_type: ``"html"``/``"text"`` overrides what the records say.
        max_bytes: a larger page becomes a record with a ``reason``.
        exclude: folders never to enter (the output folder when it lies inside an input folder).

    Raises:
        MissingExtra: for a WARC file when fastwarc is not installed.
    """
    for top in inputs:
        kind = "pages" if os.path.isdir(top) else input_format if input_format != "auto" else detect_format(top)
        if kind == "warc":
            records = iter_warc(top, max_bytes=max_bytes)
        elif kind == "jsonl":
            records = iter_jsonl(top, fields, max_bytes=max_bytes)
        else:
            records = _iter_pages(top, max_bytes, exclude)
        for rec in records:
            if content_type and rec.data is not None:
                rec = Record(rec.source, rec.data, rec.url, content_type, rec.encoding)
            yield rec


def _iter_pages(top, max_bytes: int | None, exclude) -> Iterator[Record]:
    def unlistable(exc: OSError) -> None:
        failed.append(exc)

    failed: list[OSError] = []
    for path, _ in iter_inputs([top], exclude=exclude, onerror=unlistable):
        while failed:
            exc = failed.pop(0)
            yield Record(str(exc.filename or "?"), error=exc.strerror or str(exc))
        source = str(path)
        try:
            yield Record(source, read_input(path, max_bytes=max_bytes), content_type=content_type_for(path))
        except PageTooLarge as exc:
            yield Record(source, reason=exc.reason)
        except (OSError, InputError) as exc:
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            yield Record(source, error=text[len(source) + 2:] if text.startswith(source + ": ") else text)
    for exc in failed:
        yield Record(str(exc.filename or "?"), error=exc.strerror or str(exc))


# --- JSON lines ------------------------------------------------------------------


def iter_jsonl(path: str | os.PathLike, fields: JsonlFields = JsonlFields(), *,
               max_bytes: int | None = None) -> Iterator[Record]:
    """The records of a JSON-lines file (``.gz`` by name): one page a line.

    An invalid line, a line without the HTML or text field, and a cut gzip stream each
    give a record with ``error``; the lines around them are read as usual.
    """
    path = os.fspath(path)
    try:
        fh = _open_maybe_gzip(path)
    except OSError as exc:
        yield Record(path, error=exc.strerror or str(exc))
        return
    lineno = 0
    with fh:
        lines = iter(fh)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except (EOFError, zlib.error, OSError) as exc:  # gzip.BadGzipFile is an OSError
                yield Record(f"{path}:{lineno + 1}", error=f"corrupt or truncated gzip stream ({exc}); "
                                                           "the rest of the file is unread")
                return
            lineno += 1
            if line.strip():
                yield _jsonl_record(line, f"{path}:{lineno}", fields, max_bytes)


def _open_maybe_gzip(path: str):
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _jsonl_record(line: bytes, where: str, fields: JsonlFields, max_bytes: int | None) -> Record:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Record(where, error=f"invalid JSON ({exc})")
    if not isinstance(obj, dict):
        return Record(where, error=f"a JSON {type(obj).__name__}, not an object")
    ids = (fields.id,) if fields.id else ("url", "id")
    source = next((str(obj[k]) for k in ids if isinstance(obj.get(k), (str, int)) and obj[k] != ""), where)
    url = obj.get(fields.url) if isinstance(obj.get(fields.url), str) else None
    for name, ctype in ((fields.html, "html"), (fields.text, "text")):
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return Record(source, error=f"field {name!r} is a {type(value).__name__}, not a string")
        if max_bytes is not None and len(value) > max_bytes:
            return Record(source, url=url, reason=f"page too large ({len(value)} characters > max_bytes {max_bytes})")
        return Record(source, value, url, ctype)
    return Record(source, error=f"no {fields.html!r} or {fields.text!r} field")


# --- WARC --------------------------------------------------------------------------


class _Gunzip(io.RawIOBase):
    """A gzip stream read a member at a time, that ends (and remembers why) where the data is cut or corrupt.

    fastwarc's own gzip reader stops silently at a cut; Python's ``gzip`` raises, but only
    after fastwarc has buffered (and so lost) the good records before it.
    """

    def __init__(self, fh):
        self.gz, self.pos, self.failure = gzip.GzipFile(fileobj=fh, mode="rb"), 0, None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        # fastwarc asks where it is (a no-op seek); anything else is not possible in a gzip stream
        if (whence == io.SEEK_CUR and offset == 0) or (whence == io.SEEK_SET and offset == self.pos):
            return self.pos
        raise io.UnsupportedOperation("seek")

    def read(self, n: int = -1) -> bytes:
        if self.failure is not None:
            return b""
        try:
            data = self.gz.read1(n if n and n > 0 else _READ)
        except (EOFError, zlib.error, OSError) as exc:
            self.failure = exc
            return b""
        self.pos += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _page_type(media: str) -> str | None:
    """``"html"``/``"text"`` for the media types that are pages; None for the rest."""
    if media in ("text/html", "application/xhtml+xml") or media.endswith("+html"):
        return "html"
    if media == "text/plain":
        return "text"
    return None


def iter_warc(path: str | os.PathLike, *, max_bytes: int | None = None) -> Iterator[Record]:
    """The HTTP ``response`` records of a WARC file (``.gz``: per-record gzip members, by name or signature).

    HTML (``text/html``, XHTML) and ``text/plain`` responses are pages: their target URI is
    the record's source and URL, their HTTP charset the decoding hint. Other responses are
    ``skipped`` with their media type. A record whose body is cut short, and a gzip stream
    that is cut or corrupt, give a record with ``error``: the records before it are kept.

    Raises:
        MissingExtra: when fastwarc is not installed.
    """
    warc = require("fastwarc.warc", "warc")
    path = os.fspath(path)
    try:
        raw = open(path, "rb")
    except OSError as exc:
        yield Record(path, error=exc.strerror or str(exc))
        return
    with raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream = _Gunzip(raw) if gz else raw
        last = "its start"
        it = warc.ArchiveIterator(stream, record_types=warc.WarcRecordType.response, parse_http=True)
        for rec in it:
            uri = rec.headers.get("WARC-Target-URI") or f"{path}@{rec.stream_pos}"
            last = uri
            media = _media_type(rec.http_headers.get("Content-Type") if rec.http_headers else None)
            ctype = _page_type(media)
            if ctype is None:
                yield Record(uri, url=uri, skipped=media or "no content type")
                continue
            want = rec.content_length
            if max_bytes is not None and want > max_bytes:
                yield Record(uri, url=uri, reason=f"page too large ({want} bytes > max_bytes {max_bytes})")
                continue
            body = rec.reader.read()
            if len(body) < want:
                cut = f" by a corrupt or truncated gzip stream ({stream.failure})" if gz and stream.failure else ""
                yield Record(uri, url=uri, error=f"truncated record ({len(body)} of {want} bytes){cut}")
                last = None  # the failure is reported with this record
                continue
            yield Record(uri, body, uri, ctype, rec.http_charset or None)
        if gz and stream.failure is not None and last is not None:
            yield Record(f"{path} (after {last})", error=f"corrupt or truncated gzip stream "
                                                         f"({stream.failure}); the rest of the file is unread")

