"""Tests of boilerfilter.formats: WARC and JSON-lines inputs as page records, on files written here."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from boilerfilter import BoilerFilter
from boilerfilter.decode import decode_bytes
from boilerfilter.formats import JsonlFields, Record, detect_format, iter_jsonl, iter_records, iter_warc

pytest.importorskip("fastwarc", reason="fastwarc is not installed (pip install 'boilerfilter[warc]')")

EN = b"<html><body><p>The harbor council voted on Tuesday to turn the ferry terminal into a park.</p></body></html>"
ZH = "港口城市的居民们对新的公园计划感到非常高兴，他们说这个计划将保护沿岸的房屋。"
ZH_PAGE = f"<html><head><title>公园</title></head><body><p>{ZH}</p></body></html>".encode("gbk")


@pytest.fixture
def records(warc_record) -> list[bytes]:
    """An HTML page, a PNG, a request, a GBK page declared in the HTTP header only, a text/plain page."""
    return [
        warc_record("http://a.example/1", EN),
        warc_record("http://a.example/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
        warc_record("http://a.example/1", b"", None, warc_type="request"),
        warc_record("http://b.example/zh", ZH_PAGE, "text/html; charset=GBK"),
        warc_record("http://a.example/notes", b"Line one of the notes\nLine two\n", "text/plain"),
    ]


def _expected(recs: list[Record]) -> list[tuple]:
    return [(r.source, r.url, r.content_type, r.encoding, r.skipped, r.error) for r in recs]


_PAGES = [("http://a.example/1", "http://a.example/1", "html", "utf-8", "", ""),
          ("http://a.example/logo.png", "http://a.example/logo.png", None, None, "image/png", ""),
          ("http://b.example/zh", "http://b.example/zh", "html", "gbk", "", ""),
          ("http://a.example/notes", "http://a.example/notes", "text", None, "", "")]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_response_records_are_pages_and_others_skipped(records, tmp_path, compress):
    if compress:  # one gzip member per record, as crawlers write them
        path, data = tmp_path / "crawl.warc.gz", b"".join(gzip.compress(r) for r in records)
    else:
        path, data = tmp_path / "crawl.warc", b"".join(records)
    path.write_bytes(data)
    recs = list(iter_warc(path))
    assert _expected(recs) == _PAGES  # the request record is not a response: not even counted
    assert recs[0].data == EN and recs[2].data == ZH_PAGE
    assert recs[1].data is None


def test_warc_http_charset_is_the_decoding_hint(records, tmp_path, tiny_model):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    zh = next(r for r in iter_warc(path) if r.source == "http://b.example/zh")
    page = BoilerFilter(tiny_model).clean(zh.data, url=zh.url, content_type=zh.content_type, encoding=zh.encoding)
    assert page.encoding == "gb18030"  # GBK widened to its superset
    assert ZH in "\n".join(b.text for b in page.blocks)
    assert page.url == "http://b.example/zh"


def test_decode_hint_comes_before_the_pages_own_declaration():
    russian = "Городской совет проголосовал за новый парк у старого паромного терминала."
    raw = f'<html><head><meta charset="windows-1252"></head><body><p>{russian}</p></body></html>'.encode("koi8-r")
    text, enc = decode_bytes(raw, hint="KOI8-R")
    assert russian in text and enc == "koi8-r"
    assert russian not in decode_bytes(raw)[0]  # the page's (wrong) meta charset alone gives mojibake
    # a hint that does not fit the bytes is passed over; UTF-8 bytes stay UTF-8 whatever the header says
    assert decode_bytes("héllo wörld".encode("utf-8"), hint="iso-8859-1") == ("héllo wörld", "utf-8")
    # a server's default Latin-1 does not override the page's own declaration
    declared = ZH_PAGE.replace(b"<head>", b'<head><meta charset="gbk">')
    assert decode_bytes(declared, hint="ISO-8859-1") == (declared.decode("gbk"), "gb18030")


def test_warc_truncated_gzip_keeps_the_records_before_the_cut(records, tmp_path):
    members = [gzip.compress(r) for r in records]
    whole = b"".join(members)
    # cut inside the last member: its record is short and the stream ends early
    (tmp_path / "a.warc.gz").write_bytes(whole[:-20])
    recs = list(iter_warc(tmp_path / "a.warc.gz"))
    assert [r.source for r in recs] == [p[0] for p in _PAGES]
    assert [bool(r.error) for r in recs] == [False, False, False, True]
    assert "truncated record" in recs[-1].error and "gzip" in recs[-1].error
    # cut inside the header of the fourth member: the record is lost, which is reported
    cut = len(b"".join(members[:4])) + 10
    (tmp_path / "b.warc.gz").write_bytes(whole[:cut])
    recs = list(iter_warc(tmp_path / "b.warc.gz"))
    assert [r.source for r in recs[:-1]] == [p[0] for p in _PAGES[:3]]
    assert recs[-1].source == f"{tmp_path / 'b.warc.gz'} (after http://b.example/zh)"
    assert "corrupt or truncated gzip stream" in recs[-1].error


def test_warc_truncated_plain_record_and_max_bytes(records, tmp_path):
    (tmp_path / "c.warc").write_bytes(b"".join(records)[:-30])
    recs = list(iter_warc(tmp_path / "c.warc"))
    assert recs[-1].source == "http://a.example/notes" and recs[-1].error.startswith("truncated record")
    assert not any(r.error for r in recs[:-1])
    (tmp_path / "d.warc").write_bytes(b"".join(records))
    big = [r for r in iter_warc(tmp_path / "d.warc", max_bytes=40) if r.reason]
    assert [r.source for r in big] == ["http://a.example/1", "http://b.example/zh"]
    assert big[0].reason.startswith("page too large") and big[0].data is None


def _write_jsonl(path: Path, lines: list) -> Path:
    text = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                   for line in lines)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_custom_fields_bad_lines_are_record_errors(tmp_path):
    path = _write_jsonl(tmp_path / "docs.jsonl", [
        {"doc": "d1", "link": "http://x/1", "body": "<p>one</p>"},
        {"doc": "d2", "plain": "two\nlines"},
        "{not json",
        "",
        [1, 2],
        {"doc": "d5", "other": "no page here"},
        {"doc": 6, "body": 12},
        {"link": "http://x/7", "body": "<p>seven</p>"},
    ])
    fields = JsonlFields(html="body", text="plain", id="doc", url="link")
    recs = list(iter_jsonl(path, fields))
    assert [(r.source, r.url, r.content_type, r.data) for r in recs if not r.error] == [
        ("d1", "http://x/1", "html", "<p>one</p>"),
        ("d2", None, "text", "two\nlines"),
        (f"{path}:8", "http://x/7", "html", "<p>seven</p>"),  # no id field: FILE:LINE
    ]
    errors = {r.source: r.error for r in recs if r.error}
    assert errors[f"{path}:3"].startswith("invalid JSON")
    assert errors[f"{path}:5"] == "a JSON list, not an object"
    assert errors["d5"] == "no 'body' or 'plain' field"
    assert errors["6"] == "field 'body' is a int, not a string"
    assert len(recs) == 7  # the blank line is no record


def test_jsonl_default_fields_and_truncated_gzip(tmp_path):
    lines = [{"url": f"http://x/{i}", "html": f"<p>page {i}</p>"} for i in range(50)] + [{"id": "t", "text": "t"}]
    path = _write_jsonl(tmp_path / "docs.jsonl.gz", lines)
    recs = list(iter_jsonl(path))
    assert [r.source for r in recs] == [f"http://x/{i}" for i in range(50)] + ["t"]
    assert recs[-1].content_type == "text" and recs[0].url == "http://x/0"
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(path.read_bytes()[:-12])
    recs = list(iter_jsonl(cut))
    assert [r.source for r in recs[:-1]] == [f"http://x/{i}" for i in range(len(recs) - 1)]
    assert "corrupt or truncated gzip" in recs[-1].error


def test_detect_format_and_iter_records_mix(tmp_path, records):
    assert [detect_format(n) for n in ("a.warc", "A.WARC.GZ", "b.jsonl", "b.jsonl.gz", "c.ndjson", "p.html",
                                       "p.txt.gz", "x.json")] == ["warc", "warc", "jsonl", "jsonl", "jsonl",
                                                                  "pages", "pages", "pages"]
    site = tmp_path / "site"
    site.mkdir()
    (site / "p.html").write_bytes(EN)
    (tmp_path / "c.warc").write_bytes(b"".join(records))
    dump = _write_jsonl(tmp_path / "dump.data", [{"url": "u", "html": "<p>x</p>"}])
    recs = list(iter_records([site, tmp_path / "c.warc"], content_type="text"))
    assert [r.source for r in recs] == [str(site / "p.html")] + [p[0] for p in _PAGES]
    assert {r.content_type for r in recs if r.data is not None} == {"text"}
    assert [r.source for r in iter_records([dump], input_format="jsonl")] == ["u"]
    assert [r.data for r in iter_records([dump])] == [dump.read_bytes()]  # by name: a page file
