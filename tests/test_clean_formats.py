"""``boilerfilter clean`` on crawl formats (WARC, JSONL) into single files (JSONL, JSONL.gz, Parquet).

As in test_cli.py, the reference for a page's text is what ``BoilerFilter.clean`` returns for
the same bytes with the same model; the tests check which records come out, in which order,
and how failures are counted.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import pytest

from boilerfilter import BoilerFilter
from boilerfilter.cli import main

pytest.importorskip("fastwarc", reason="fastwarc is not installed (pip install 'boilerfilter[warc]')")

PARAGRAPHS = [
    "The harbor council voted on Tuesday to turn the old ferry terminal into a park that doubles as a "
    "flood barrier, ending two years of debate about the future of the waterfront.",
    "Residents said the plan would protect the homes along the shore while opening the water to walkers, "
    "cyclists and the weekly fish market that has had no fixed place since the terminal closed.",
]


def html(i: int) -> str:
    return ("<html><head><title>Harbor park</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
            "<li><a href='/news'>News</a></li></ul></nav><article><h1>Harbor town votes</h1>"
            + "".join(f"<p>{p.replace('Tuesday', f'day {i}')}</p>" for p in PARAGRAPHS) + "</article></body></html>")


ZH = "港口城市的居民们对新的公园计划感到非常高兴，他们说这个计划将保护沿岸的房屋，并且向步行者开放水边。"
TEXT = "Home\nNews\n" + "\n".join(PARAGRAPHS) + "\nPrivacy\n"


@pytest.fixture
def crawl(tmp_path: Path, warc_record) -> dict:
    """A gzip WARC (3 pages, a PNG, a GBK page, a last record cut short) and a JSONL file with custom fields."""
    recs = [warc_record("http://a.example/1", html(1).encode()),
            warc_record("http://a.example/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
            warc_record("http://b.example/zh", f"<html><body><p>{ZH}</p></body></html>".encode("gbk"),
                        "text/html; charset=GBK"),
            warc_record("http://a.example/notes", TEXT.encode(), "text/plain"),
            warc_record("http://a.example/cut", html(4).encode())]
    data = b"".join(gzip.compress(r) for r in recs)
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(data[:-25])
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join([json.dumps({"doc": "d1", "body": html(5)}),
                               "{broken",
                               json.dumps({"doc": "d3", "text": TEXT}),
                               json.dumps({"doc": "d4", "title": "no page"})]) + "\n", encoding="utf-8")
    expected = {  # source -> (bytes or str, content_type, encoding hint, url)
        "http://a.example/1": (html(1).encode(), "html", "utf-8", "http://a.example/1"),
        "http://b.example/zh": (f"<html><body><p>{ZH}</p></body></html>".encode("gbk"), "html", "gbk",
                                "http://b.example/zh"),
        "http://a.example/notes": (TEXT.encode(), "text", None, "http://a.example/notes"),
        "d1": (html(5), "html", None, None),
        "d3": (TEXT, "text", None, None),
    }
    return {"warc": warc, "docs": docs, "expected": expected, "tmp": tmp_path}


def _args(crawl: dict, out, *extra: str) -> list[str]:
    return ["clean", str(crawl["warc"]), str(crawl["docs"]), "-o", str(out), "--jsonl-html-field", "body",
            "--jsonl-id-field", "doc", *extra]


def _read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_clean_warc_and_jsonl_into_one_jsonl_file(crawl, tiny_model, capsys):
    out = crawl["tmp"] / "out" / "pages.jsonl"
    assert main(_args(crawl, out, "--model", tiny_model)) == 1
    err = capsys.readouterr().err
    records = _read_jsonl(out)
    assert [r["source"] for r in records] == list(crawl["expected"])  # input order, failures left out
    filt = BoilerFilter(tiny_model)
    for r in records:
        page, ctype, hint, url = crawl["expected"][r["source"]]
        want = filt.clean(page, url=url, content_type=ctype, encoding=hint)
        assert {k: r[k] for k in ("text", "content_type", "encoding", "url", "title")} == \
               {k: getattr(want, k) for k in ("text", "content_type", "encoding", "url", "title")}
        assert len(r["blocks"]) == len(want.blocks)
    assert records[1]["encoding"] == "gb18030" and ZH in "".join(b["text"] for b in records[1]["blocks"])
    # the summary counts pages, errors and the record that is not a page
    assert re.search(r"8 pages: \d+ written, \d+ empty, 3 errors;", err)
    assert "skipped: 1 record that is not HTML or text (image/png 1)" in err
    log = [json.loads(line) for line in (out.parent / "pages.errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["input"], e["reason"].split(" (")[0]) for e in log] == [
        ("http://a.example/cut", "truncated record"),
        (f"{crawl['docs']}:2", "invalid JSON"),
        ("d4", "no 'body' or 'text' field")]
    assert sorted(p.name for p in out.parent.iterdir()) == ["pages.errors.jsonl", "pages.jsonl"]


def test_clean_to_parquet_and_jsonl_gz_hold_the_same_pages(crawl, tiny_model):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    plain, packed, folder = crawl["tmp"] / "a.jsonl", crawl["tmp"] / "b.jsonl.gz", crawl["tmp"] / "pq"
    assert main(_args(crawl, plain, "--model", tiny_model, "-q")) == 1
    assert main(_args(crawl, packed, "--model", tiny_model, "-q")) == 1
    assert main(_args(crawl, folder, "--format", "parquet", "--model", tiny_model, "-q")) == 1
    assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()
    rows = pq.read_table(folder / "pages.parquet").to_pylist()
    fields = ("source", "url", "text", "title", "language", "reason", "content_type", "encoding")
    assert rows == [{k: r[k] for k in fields} for r in _read_jsonl(plain)]
    assert (folder / "errors.jsonl").exists()  # a folder output keeps its error log inside


def test_clean_page_files_into_one_file_like_format_jsonl(crawl, tiny_model, capsys):
    site = crawl["tmp"] / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "p.html").write_text(html(7), encoding="utf-8")
    (site / "n.txt").write_text(TEXT, encoding="utf-8")
    (site / "empty.html").write_bytes(b"")
    assert main(["clean", str(site), "-o", str(crawl["tmp"] / "one.jsonl"), "--model", tiny_model, "-q"]) == 0
    assert main(["clean", str(site), "-o", str(crawl["tmp"] / "dir"), "--format", "jsonl", "--model", tiny_model,
                 "-q"]) == 0
    assert (crawl["tmp"] / "one.jsonl").read_bytes() == (crawl["tmp"] / "dir" / "pages.jsonl").read_bytes()
    # a folder output inside the input folder is not read back (here: .txt files of an earlier run)
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    assert main(["clean", str(site), "-o", str(site / "out"), "--model", tiny_model, "-q"]) == 0
    assert main(["clean", str(site), "-o", str(site / "out"), "--format", "parquet", "--model", tiny_model]) == 0
    assert "3 pages:" in capsys.readouterr().err


def test_clean_jobs_2_writes_the_same_file_as_jobs_1(crawl, tiny_model):
    outs = []
    for jobs in ("1", "2"):
        out = crawl["tmp"] / f"jobs{jobs}.jsonl"
        assert main(_args(crawl, out, "--model", tiny_model, "-q", "--jobs", jobs)) == 1
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 5


@pytest.mark.parametrize("extra, out, message", [
    (["--resume"], "o.jsonl", "--resume works for page files cleaned into a folder"),
    ([], "folder", "write one file: add --format jsonl or --format parquet"),
    (["--format", "txt"], "o.jsonl", "names a jsonl file: --format txt does not fit it"),
    (["--format", "parquet"], "o.jsonl", "names a jsonl file: --format parquet does not fit it"),
    (["--dask-workers", "2"], "o.jsonl", "--dask-workers goes with --dask local"),
])
def test_crawl_usage_errors_exit_2(crawl, tiny_model, capsys, extra, out, message):
    assert main(_args(crawl, crawl["tmp"] / out, "--model", tiny_model, *extra)) == 2
    assert message in capsys.readouterr().err
    assert not (crawl["tmp"] / out).exists()


def test_input_format_forces_the_reader(crawl, tiny_model, capsys):
    renamed = crawl["tmp"] / "crawl.bin"
    renamed.write_bytes(crawl["warc"].read_bytes())
    out = crawl["tmp"] / "o.jsonl"
    assert main(["clean", str(renamed), "-o", str(out), "--input-format", "warc", "--model", tiny_model, "-q"]) == 1
    assert [r["source"] for r in _read_jsonl(out)] == ["http://a.example/1", "http://b.example/zh",
                                                       "http://a.example/notes"]
    assert main(["clean", str(crawl["tmp"]), "-o", str(out), "--input-format", "jsonl", "--model", tiny_model]) == 2
    assert "--input-format jsonl reads files" in capsys.readouterr().err


@pytest.mark.parametrize("module, extra, flags", [
    ("fastwarc.warc", "warc", []),
    ("pyarrow.parquet", "parquet", ["--format", "parquet"]),
    ("distributed", "dask", ["--format", "jsonl", "--dask", "local"]),
])
def test_a_missing_extra_is_named(crawl, tiny_model, capsys, monkeypatch, module, extra, flags):
    monkeypatch.setitem(sys.modules, module, None)  # as if it were not installed
    out = crawl["tmp"] / "o"
    assert main(["clean", str(crawl["warc"]), "-o", str(out), *flags, "--model", tiny_model,
                 *([] if flags else ["--format", "jsonl"])]) == 2
    err = capsys.readouterr().err
    assert f"pip install 'boilerfilter[{extra}]'" in err and "Traceback" not in err
    assert not out.exists()


def test_time_limit_applies_to_jsonl_records(tmp_path, tiny_model, monkeypatch, capsys):
    import time

    from boilerfilter import filter as filter_module

    real = filter_module.segment_html

    def segment(text, url=None, **kwargs):
        if "STALL-HERE" in text:
            time.sleep(60)
        return real(text, url, **kwargs)

    monkeypatch.setattr(filter_module, "segment_html", segment)
    page = "<html><body><article>" + "<p>The council voted to turn the old terminal into a park.</p>" * 4 + \
           "</article></body></html>"
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps({"id": i, "html": h}) for i, h in
                              [("a", page), ("stall", page.replace("park", "park STALL-HERE")), ("b", page)]) + "\n")
    out = tmp_path / "out.jsonl"
    status = main(["clean", str(docs), "-o", str(out), "--model", tiny_model, "--jobs", "1", "--time-limit", "1",
                   "--jsonl-id-field", "id"])
    err = capsys.readouterr().err
    rows = {r["source"]: r for r in _read_jsonl(out)}
    assert rows["a"]["text"] and rows["b"]["text"]  # the others are cleaned
    # the stalled record failed, as a page file would: reported and logged, not written
    assert "stall" not in rows and status == 1
    assert re.search(r"stall: time limit exceeded \(1 s\)", err)
    log = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text("utf-8").splitlines()]
    assert log == [{"input": "stall", "reason": "time limit exceeded (1 s)", "exception": "TimeLimitExceeded"}]
