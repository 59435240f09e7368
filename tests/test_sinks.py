"""Tests of boilerfilter.sinks: single-file JSONL(.gz) and Parquet outputs, written atomically."""
from __future__ import annotations

import gzip
import json

import pytest

from boilerfilter.result import Block, CleanedPage
from boilerfilter.sinks import ROW_FIELDS, open_sink, page_row, single_file_format

PAGES = [
    ("http://a/1", CleanedPage("Kept text", blocks=(Block("Kept text", "p"), Block("Home", "li", keep=False,
                                                                                  score=0.9, kind="nav")),
                               content_type="html", title="One", language="latin", encoding="utf-8",
                               url="http://a/1")),
    ("/pages/two.txt", CleanedPage("", reason="empty input")),
    ("http://b/zh", CleanedPage("港口城市", content_type="html", language="zh", encoding="gb18030", url="http://b/zh")),
]


def test_single_file_format_by_name():
    assert [single_file_format(n) for n in ("o.jsonl", "o.JSONL.GZ", "o.ndjson", "o.parquet", "out", "out.txt")] \
        == ["jsonl", "jsonl", "jsonl", "parquet", None, None]


@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz"])
def test_jsonl_sink_round_trip_with_blocks(tmp_path, name):
    path = tmp_path / "out" / name
    with open_sink(path, "jsonl") as sink:
        for source, page in PAGES:
            sink.write(page_row(source, page, blocks=True))
    data = path.read_bytes()
    if name.endswith(".gz"):
        assert data.startswith(b"\x1f\x8b")
        data = gzip.decompress(data)
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert [r["source"] for r in rows] == [s for s, _ in PAGES]
    assert rows[0] == {"source": "http://a/1", **PAGES[0][1].to_dict()}
    assert rows[0]["blocks"][1] == {"text": "Home", "tag": "li", "keep": False, "score": 0.9, "kind": "nav",
                                    "revised": False}
    assert rows[2]["text"] == "港口城市"  # UTF-8, not escaped
    assert [p.name for p in path.parent.iterdir()] == [name]  # no temporary file left


def test_jsonl_gz_bytes_do_not_depend_on_when_they_are_written(tmp_path):
    outs = []
    for i in range(2):
        with open_sink(tmp_path / f"{i}.jsonl.gz", "jsonl") as sink:
            sink.write(page_row(*PAGES[0]))
        outs.append((tmp_path / f"{i}.jsonl.gz").read_bytes())
    assert outs[0] == outs[1]


def test_sink_failure_keeps_the_previous_file(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text("previous run\n")
    with pytest.raises(RuntimeError):
        with open_sink(path, "jsonl") as sink:
            sink.write(page_row(*PAGES[0]))
            raise RuntimeError("killed")
    assert path.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pages.jsonl"]


def test_parquet_sink_round_trip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (pip install 'boilerfilter[parquet]')")
    path = tmp_path / "pages.parquet"
    with open_sink(path, "parquet") as sink:
        for source, page in PAGES:
            sink.write(page_row(source, page))
    table = pq.read_table(path)
    assert table.column_names == list(ROW_FIELDS)
    assert table.to_pylist() == [{k: page_row(s, p)[k] for k in ROW_FIELDS} for s, p in PAGES]
    assert table.to_pylist()[1]["url"] is None and table.to_pylist()[1]["reason"] == "empty input"


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    import sys

    from boilerfilter.formats import MissingExtra

    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # as if it were not installed
    with pytest.raises(MissingExtra, match=r"pip install 'boilerfilter\[parquet\]'"):
        with open_sink(tmp_path / "p.parquet", "parquet"):
            pass
    assert not list(tmp_path.iterdir())
