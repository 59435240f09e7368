"""The bookkeeping of a batch run: each page's outcome, the tally and summary, the error log.

Shared by the page-file loop (``cli``) and the record stream (``stream``), so that both
count, report and log pages the same way.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .limits import TIME_LIMIT_EXCEEDED, TimeLimitExceeded
from .result import CleanedPage

__all__ = ["Outcome", "Tally", "ErrorLog", "json_line", "batched", "plural", "shown", "reason_key", "timed_out",
           "PROG"]

PROG = "boilerfilter"


@dataclass(frozen=True)
class Outcome:
    """What became of one page; small, so that it is cheap to send back from a worker."""

    source: str
    reason: str = ""  # why the page came out empty
    error: str = ""  # why the page failed
    exception: str | None = None  # the type name of the exception the page failed with, if any
    kept: int = 0
    dropped: int = 0
    record: str = ""  # the page as one JSON line (jsonl format)


def timed_out(page: CleanedPage, source: str) -> Outcome | None:
    """The failure of a page stopped by its time limit (None for any other page)."""
    if page.reason.startswith(TIME_LIMIT_EXCEEDED):
        return Outcome(source, error=page.reason, exception=TimeLimitExceeded.__name__)
    return None


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def shown(name: str) -> str:
    """A file name fit for one line of text: bytes that are not UTF-8 and control characters escaped."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: the bytes of a name that is not UTF-8
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def reason_key(reason: str) -> str:
    """A reason without its details, to count alike reasons together ("page too large (…)")."""
    return reason.split(" (")[0].split(": ")[0]


@dataclass
class Tally:
    """Counts over a run, and the summary printed at its end."""

    pages: int = 0
    written: int = 0
    errors: int = 0
    kept: int = 0
    dropped: int = 0
    empty: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)
    skipped: int | None = None  # pages skipped as already done (None: not a resumed run)

    def add(self, o: Outcome) -> None:
        self.pages += 1
        self.kept += o.kept
        self.dropped += o.dropped
        if o.error:
            self.errors += 1
        elif o.reason:
            key = reason_key(o.reason)
            self.empty[key] += 1
            self.examples.setdefault(key, [])
            if len(self.examples[key]) < 3:
                self.examples[key].append(o.source)
        else:
            self.written += 1

    def summary(self, elapsed: float) -> str:
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        skipped = "" if self.skipped is None else f", {self.skipped} skipped as already done"
        total = self.pages + (self.skipped or 0)
        lines = [f"{PROG}: {plural(total, 'page')}: {self.written} written, {sum(self.empty.values())} empty, "
                 f"{plural(self.errors, 'error')}{skipped}; blocks: {self.kept} kept, "
                 f"{self.dropped} dropped; {elapsed:.1f} s, {rate:.1f} pages/s"]
        for key, n in self.empty.most_common():
            names = ", ".join(map(shown, self.examples[key])) + (", …" if n > len(self.examples[key]) else "")
            lines.append(f"  empty: {n} {key}: {names}")
        return "\n".join(lines)


def json_line(obj: dict) -> str:
    """``obj`` as one line of JSON in readable UTF-8 (numpy scalars, e.g. a block's keep flag, as plain values).

    A file name that is not valid UTF-8 comes as a str with lone surrogates, which cannot
    be written as UTF-8: such a line is written with ``\\u`` escapes instead, which read
    back (``json.loads``) as the same str, hence the same file name.
    """
    line = json.dumps(obj, ensure_ascii=False, default=_plain)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, default=_plain)
    return line


def _plain(x):
    """A value JSON cannot write (a numpy scalar) as a plain one."""
    return x.item() if hasattr(x, "item") else str(x)


def batched(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


class ErrorLog:
    """The JSON-lines error log: one {"input", "reason", "exception"} line per failed page, flushed at once.

    An earlier run's log is removed at the start (its failures are retried); the file is
    created at the first failure, so a run without failures leaves none.
    """

    def __init__(self, path: str | os.PathLike | None):
        self.path, self.fh = path, None
        if path:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass

    def add(self, source: str, reason: str, exception: str | None) -> None:
        if not self.path:
            return
        if self.fh is None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.path, "a", encoding="utf-8", newline="\n")
        self.fh.write(json_line({"input": source, "reason": reason, "exception": exception}) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
