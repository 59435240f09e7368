"""Clean a stream of page records (WARC, JSON lines, page files) into one output file.

The records are read in this process (``formats.iter_records``) and cleaned in batches:
here, in worker processes (``--jobs``) or on a Dask cluster (``--dask``, see ``dask.py``);
the rows come back in input order and go to one sink (``sinks.open_sink``), so every
engine writes the same bytes. A record that cannot be read or cleaned is a counted,
logged failure; a lost worker fails its batch only.
"""
from __future__ import annotations

import os
import sys
from collections import Counter, deque
from concurrent.futures import Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .runlog import PROG, ErrorLog as _ErrorLog, Outcome as _Outcome, Tally as _Tally
from .runlog import batched as _batched, plural as _n, timed_out
from .filter import BoilerFilter
from .formats import Record
from .result import CleanedPage
from .sinks import open_sink, page_row

__all__ = ["clean_records", "clean_stream", "clean_to_file", "StreamTally", "ClusterError", "process_engine",
           "local_engine"]

# Pages per task, as for page files (cli._BATCH): one predict call over a batch is much
# cheaper than one per page, and a lost task loses few pages.
_BATCH = 32
# Tasks in flight per worker: every worker busy, memory bounded (the records' bytes travel with the tasks).
_TASKS_PER_WORKER = 4

#: Filters by (model path, options), one per process: a filter that arrives in every task
#: (pickled without its model) loads the model once per worker, not once per task.
_SHARED: dict = {}


def shared_filter(filt: BoilerFilter) -> BoilerFilter:
    """This process's copy of ``filt`` with its model loaded, made once per model and options."""
    if not isinstance(filt.model, (str, os.PathLike, type(None))):
        return filt  # an in-memory Model travels with the filter: nothing to share
    key = (None if filt.model is None else os.fspath(filt.model), filt.options)
    shared = _SHARED.get(key)
    if shared is None:
        filt.load()
        shared = _SHARED.setdefault(key, filt)
    return shared


def _clean_each(filt: BoilerFilter, records: list[Record]) -> list[CleanedPage | Exception]:
    """Clean readable records, batched by content type; a page that raises is its own exception."""
    out: list = [None] * len(records)
    groups: dict = {}
    for i, r in enumerate(records):
        groups.setdefault(r.content_type, []).append(i)
    for ctype, idx in groups.items():
        items = [(records[i].data, records[i].url, records[i].encoding) for i in idx]
        try:
            pages: list = list(filt.clean_many(items, content_type=ctype))
        except Exception:  # noqa: BLE001 - find the page that failed, one by one
            pages = [None] * len(idx)
        for i, item, page in zip(idx, items, pages):
            if page is None:
                try:
                    page = filt.clean(item[0], url=item[1], content_type=ctype, encoding=item[2])
                except Exception as exc:  # noqa: BLE001 - a failed page is counted, never fatal
                    page = exc
            out[i] = page
    return out


def clean_records(filt: BoilerFilter, records: list[Record], blocks: bool = False) -> list[tuple]:
    """Clean a batch of records: an ``(outcome, row)`` pair each, row None for a failure.

    Runs wherever the batch is sent (a worker process, a Dask worker): it needs only the
    filter and the records.
    """
    filt = shared_filter(filt)
    readable = [r for r in records if not (r.error or r.reason)]
    cleaned = iter(_clean_each(filt, readable))
    out = []
    for r in records:
        if r.error:
            out.append((_Outcome(r.source, error=r.error, exception="InputError"), None))
            continue
        page = CleanedPage("", reason=r.reason, url=r.url) if r.reason else next(cleaned)
        if isinstance(page, Exception):
            out.append((_Outcome(r.source, error=f"{type(page).__name__}: {page}", exception=type(page).__name__),
                        None))
            continue
        failed = timed_out(page, r.source)  # a page over its time limit failed, as with page files
        if failed is not None:
            out.append((failed, None))
            continue
        out.append((_Outcome(r.source, reason="" if page.text else (page.reason or "empty"), kept=len(page.kept),
                             dropped=len(page.dropped)), page_row(r.source, page, blocks=blocks)))
    return out


@dataclass
class StreamTally(_Tally):
    """The counts of ``cli`` plus the records that are not pages (a WARC's images, PDFs...)."""

    not_pages: Counter = field(default_factory=Counter)

    def summary(self, elapsed: float) -> str:
        text = super().summary(elapsed)
        if self.not_pages:
            kinds = ", ".join(f"{kind} {n}" for kind, n in self.not_pages.most_common(5))
            more = ", …" if len(self.not_pages) > 5 else ""
            text += (f"\n  skipped: {_n(sum(self.not_pages.values()), 'record')} that "
                     f"{'is' if sum(self.not_pages.values()) == 1 else 'are'} not HTML or text ({kinds}{more})")
        return text


# An engine is a function that sends a batch of records off to be cleaned and returns a
# future of ``clean_records``' result: concurrent.futures and Dask futures both have ``.result()``.
Engine = Callable[[list], "Future"]


def local_engine(filt: BoilerFilter, blocks: bool) -> Iterator[Engine]:
    """Clean in this process (a generator: the engine, then its shutdown when closed)."""
    def submit(batch: list) -> Future:
        future: Future = Future()
        future.set_result(clean_records(filt, batch, blocks))
        return future

    yield submit


# The filter of a worker process, set once by its pool's initializer.
_WORKER_FILTER: BoilerFilter | None = None


def _init_worker(filt: BoilerFilter) -> None:
    # Before scikit-learn is imported (the filter loads lazily): gradient boosting in
    # every worker using every core predicted about 10x slower (shared/NOTES.md, finding 8).
    os.environ["OMP_NUM_THREADS"] = "1"
    global _WORKER_FILTER
    _WORKER_FILTER = filt
    filt.load()


def _pool_batch(batch: list, blocks: bool) -> list:
    return clean_records(_WORKER_FILTER, batch, blocks)


def process_engine(filt: BoilerFilter, blocks: bool, jobs: int) -> Iterator[Engine]:
    """Clean in ``jobs`` worker processes, each with one thread for the model (``_init_worker``).

    A worker that dies breaks the pool: the batches in flight fail (each page an error),
    and the pool is started again for the batches after them.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker, initargs=(filt,))

    pools = [start()]

    def submit(batch: list) -> Future:
        try:
            return pools[-1].submit(_pool_batch, batch, blocks)
        except BrokenProcessPool:
            pools[-1].shutdown(wait=False, cancel_futures=True)
            pools.append(start())
            return pools[-1].submit(_pool_batch, batch, blocks)

    try:
        yield submit
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


def clean_stream(filt: BoilerFilter, records: Iterable[Record], output: str | os.PathLike, fmt: str, *,
                 engine: Iterator[Engine] | None = None, workers: int = 1, progress: bool = False,
                 errors: str | os.PathLike | None = None) -> StreamTally:
    """Clean ``records`` into the single file ``output``; failures are reported on stderr, logged and counted.

    Args:
        filt: the filter.
        records: the pages (``formats.iter_records``), read lazily as the batches go out.
        output: the file, written atomically when the run ends.
        fmt: ``"jsonl"`` (a record per page with its blocks, as ``clean --format jsonl``) or ``"parquet"``.
        engine: where batches are cleaned (``local_engine``, ``process_engine``, ``dask.dask_engine``);
            None cleans in this process.
        workers: how many workers the engine has (sets how many batches are in flight).
        progress: show a progress bar on stderr.
        errors: the JSON-lines error log (None: none).
    """
    from tqdm import tqdm

    engine = engine if engine is not None else local_engine(filt, fmt == "jsonl")
    tally = StreamTally()
    log = _ErrorLog(errors)
    bar = tqdm(disable=not progress, file=sys.stderr, unit="page", dynamic_ncols=True)

    def report(source: str, error: str) -> None:
        (tqdm.write if progress else print)(f"{PROG}: {source}: {error}", file=sys.stderr)

    def pages() -> Iterator[Record]:
        for r in records:
            if r.skipped:
                tally.not_pages[r.skipped] += 1
            else:
                yield r

    pending: deque = deque()

    def finish(sink) -> None:
        batch, future = pending.popleft()
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - a lost worker fails its batch, not the run
            results = [(_Outcome(r.source, error=f"the worker failed: {type(exc).__name__}: {exc}"[:300],
                                 exception=type(exc).__name__), None) for r in batch]
        for outcome, row in results:
            tally.add(outcome)
            if outcome.error:
                report(outcome.source, outcome.error)
                log.add(outcome.source, outcome.error, outcome.exception)
            if row is not None:
                sink.write(row)
        bar.update(len(results))

    try:
        submit = next(engine)
        with open_sink(output, fmt) as sink:
            for batch in _batched(pages(), _BATCH):
                pending.append((batch, submit(batch)))
                if len(pending) >= max(1, workers) * _TASKS_PER_WORKER:
                    finish(sink)
            while pending:
                finish(sink)
    finally:
        for _, future in pending:
            future.cancel()
        engine.close()
        bar.close()
        log.close()
    return tally


class ClusterError(RuntimeError):
    """The Dask cluster cannot be started or reached."""


def clean_to_file(filt: BoilerFilter, records: Iterable[Record], output: str | os.PathLike, fmt: str, *,
                  jobs: int = 1, dask: str | None = None, dask_workers: int | None = None,
                  progress: bool = False, errors: str | os.PathLike | None = None) -> StreamTally:
    """``clean_stream`` on the engine the arguments name: Dask (``"local"`` or an address), else ``jobs`` processes.

    Raises:
        ClusterError: when the Dask cluster cannot be started or reached.
        MissingExtra: when ``dask`` is given and dask.distributed is not installed.
    """
    blocks = fmt == "jsonl"
    if not dask:
        engine = process_engine(filt, blocks, jobs) if jobs > 1 else None
        return clean_stream(filt, records, output, fmt, engine=engine, workers=jobs, progress=progress,
                            errors=errors)
    from .dask import connect, dask_engine

    if isinstance(filt.model, (str, os.PathLike)):  # the workers' working folder may not be this one
        filt = BoilerFilter(os.path.abspath(filt.model), filt.options)
    with ExitStack() as stack:
        try:
            client = stack.enter_context(connect(dask, dask_workers))
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask cluster {dask}: {exc}") from exc
        workers = max(1, len(client.scheduler_info()["workers"]))
        return clean_stream(filt, records, output, fmt, engine=dask_engine(client, filt, blocks), workers=workers,
                            progress=progress, errors=errors)
