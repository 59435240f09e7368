"""Tests of boilerfilter.stream: a lost worker fails its batch only, and the process pool comes back."""
from __future__ import annotations

import json
import os
from concurrent.futures import Future

import pytest

from boilerfilter import BoilerFilter
from boilerfilter.formats import Record
from boilerfilter.stream import clean_records, clean_stream, process_engine

PAGE = ("<html><body><article><p>The harbor council voted on Tuesday to turn the old ferry terminal into a park "
        "that doubles as a flood barrier, ending two years of debate.</p></article></body></html>")


def _records(n: int) -> list[Record]:
    return [Record(f"http://x/{i}", PAGE.replace("Tuesday", f"day {i}").encode(), f"http://x/{i}", "html")
            for i in range(n)]


def test_a_failed_batch_is_counted_and_the_run_goes_on(tmp_path, tiny_model, monkeypatch, capsys):
    import boilerfilter.stream as stream

    monkeypatch.setattr(stream, "_BATCH", 2)
    filt = BoilerFilter(tiny_model)
    calls = []

    def engine():
        def submit(batch):
            calls.append(batch)
            future = Future()
            if len(calls) == 2:  # the second batch's worker dies
                future.set_exception(RuntimeError("worker lost"))
            else:
                future.set_result(clean_records(filt, batch, True))
            return future
        yield submit

    out = tmp_path / "pages.jsonl"
    tally = clean_stream(filt, _records(5) + [Record("img", skipped="image/png")], out, "jsonl", engine=engine(),
                         errors=tmp_path / "errors.jsonl")
    assert (tally.pages, tally.errors, tally.not_pages["image/png"]) == (5, 2, 1)
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == ["http://x/0", "http://x/1",
                                                                                      "http://x/4"]
    log = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [(e["input"], e["exception"]) for e in log] == [("http://x/2", "RuntimeError"),
                                                           ("http://x/3", "RuntimeError")]
    assert "http://x/2: the worker failed: RuntimeError: worker lost" in capsys.readouterr().err


class _Crash:
    """Unpickled in a worker, it ends the worker's process at once (as a crash in native code would)."""

    def __reduce__(self):
        return os._exit, (3,)


def test_process_engine_starts_a_new_pool_when_a_worker_dies(tiny_model):
    from concurrent.futures.process import BrokenProcessPool

    engine = process_engine(BoilerFilter(tiny_model), False, 1)
    submit = next(engine)
    try:
        assert [o.source for o, _ in submit(_records(2)).result(timeout=120)] == ["http://x/0", "http://x/1"]
        with pytest.raises(BrokenProcessPool):
            submit([_Crash()]).result(timeout=120)
        # the broken pool is replaced: the next batches are cleaned as usual
        again = submit(_records(3)).result(timeout=120)
        assert [(o.source, o.error) for o, _ in again] == [("http://x/0", ""), ("http://x/1", ""), ("http://x/2", "")]
    finally:
        engine.close()
