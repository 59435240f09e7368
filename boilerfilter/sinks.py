"""Single-file outputs: every page of a run as JSON lines (``.jsonl``, ``.jsonl.gz``) or one Parquet table.

Each file is written to a temporary file beside it and renamed into place when the run
ends (``io.atomic_open``): a reader never sees half a file, and an interrupted run leaves
the previous file as it was.
"""
from __future__ import annotations

import gzip
import json
import os
from contextlib import contextmanager
from typing import Iterator

from .formats import require
from .io import atomic_open
from .result import CleanedPage

__all__ = ["ROW_FIELDS", "page_row", "to_json", "single_file_format", "open_sink"]

#: The columns of a Parquet row (and the page fields of a JSON-lines record, which adds ``blocks``).
ROW_FIELDS = ("source", "url", "text", "title", "language", "reason", "content_type", "encoding")
# Rows per Parquet row group: large enough to compress well, small enough to hold in memory
# (a cleaned page is a few kB of text: 1,000 rows are a few MB).
_ROW_GROUP = 1000


def page_row(source: str, page: CleanedPage, *, blocks: bool = False) -> dict:
    """One page as a flat dict: ``ROW_FIELDS`` (plus the page's blocks when ``blocks``)."""
    return {"source": source, **page.to_dict(blocks=blocks)}


def to_json(row: dict) -> str:
    """A row as one line of JSON (numpy scalars, e.g. a block's keep flag, as plain values)."""
    return json.dumps(row, ensure_ascii=False, default=lambda x: x.item() if hasattr(x, "item") else str(x))


def single_file_format(path: str | os.PathLike) -> str | None:
    """``"jsonl"`` or ``"parquet"`` when the output's name asks for one file, else None (a folder)."""
    name = os.fspath(path).lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    return None


class _JsonlSink:
    def __init__(self, fh, compress: bool):
        # mtime=0: the same pages give the same bytes, whenever they are written
        self.fh = gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) if compress else fh
        self.compress = compress

    def write(self, row: dict) -> None:
        self.fh.write((to_json(row) + "\n").encode("utf-8"))

    def close(self) -> None:
        if self.compress:
            self.fh.close()  # the gzip trailer; the file itself is closed by atomic_open


class _ParquetSink:
    def __init__(self, fh):
        self.pa = require("pyarrow", "parquet")
        pq = require("pyarrow.parquet", "parquet")
        self.schema = self.pa.schema([(name, self.pa.string()) for name in ROW_FIELDS])
        self.writer = pq.ParquetWriter(fh, self.schema)
        self.rows: list[dict] = []

    def write(self, row: dict) -> None:
        self.rows.append({k: row.get(k) for k in ROW_FIELDS})
        if len(self.rows) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


@contextmanager
def open_sink(path: str | os.PathLike, fmt: str) -> Iterator:
    """A writer of rows (``.write(row)``) into one file, renamed into place when the block ends without error.

    Args:
        path: the file; for ``jsonl``, a name ending in ``.gz`` is gzip-compressed.
        fmt: ``"jsonl"`` (a record per line, with the blocks when the rows have them) or
            ``"parquet"`` (the ``ROW_FIELDS`` columns, all strings; null where a page has no URL).

    Raises:
        MissingExtra: for parquet when pyarrow is not installed (before anything is written).
        ValueError: for another format.
    """
    if fmt == "parquet":
        require("pyarrow.parquet", "parquet")
    elif fmt != "jsonl":
        raise ValueError(f"fmt must be 'jsonl' or 'parquet', not {fmt!r}")
    with atomic_open(path, "wb") as fh:
        sink = _ParquetSink(fh) if fmt == "parquet" else _JsonlSink(fh, os.fspath(path).lower().endswith(".gz"))
        yield sink
        sink.close()
