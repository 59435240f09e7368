"""The block label file format (boilerfilter.labels): round trip and validation errors."""
from __future__ import annotations

import json

import pytest

from boilerfilter.labels import (BOILERPLATE, CONTENT, FORMAT, VERSION, LabelsError, label_value, page_record,
                                 read_labels, write_labels)
from boilerfilter.result import Block, CleanedPage

BLOCKS = (
    Block("Home", "li", keep=False, score=0.91, kind="nav", links=1, link_chars=4, hint="menu|header",
          path="html/body/header/ul/li"),
    Block("A long paragraph about the harbor council and its vote on the flood barrier park.", "p", score=0.08,
          hint="entry content|post", path="html/body/article/p"),
    Block("- Ten tips for a better garden", "line", keep=False, score=0.77, kind="linklist", bullet="-"),
    Block("© 2024 Example", "p", keep=False, score=0.88, kind="meta"),
)
PAGE = CleanedPage(text=BLOCKS[1].text, blocks=BLOCKS, content_type="html", url="https://example.org/a")


def _record(**changes) -> dict:
    rec = page_record("site/a.html", PAGE)
    rec.update(changes)
    return rec


def _write_lines(path, lines) -> None:
    path.write_text("".join((ln if isinstance(ln, str) else json.dumps(ln)) + "\n" for ln in lines), "utf-8")


def test_record_has_the_format_fields_and_every_block_fact():
    rec = page_record("site/a.html", PAGE)
    assert {k: rec[k] for k in ("format", "version", "source", "url", "content_type")} == {
        "format": FORMAT, "version": VERSION, "source": "site/a.html", "url": "https://example.org/a",
        "content_type": "html"}
    assert [b["label"] for b in rec["blocks"]] == ["nav", "content", "linklist", "meta"]
    first = rec["blocks"][0]
    assert set(first) == {"text", "tag", "label", "score", "links", "link_chars", "hint", "path", "bullet"}
    assert (first["links"], first["link_chars"], first["hint"], first["path"], first["score"]) == (
        1, 4, "menu|header", "html/body/header/ul/li", 0.91)
    assert rec["blocks"][2]["bullet"] == "-"


def test_round_trip_keeps_blocks_and_maps_labels(tmp_path):
    path = tmp_path / "labels.jsonl"
    rec = _record()
    rec["blocks"][3]["label"] = "?"          # unlabelled
    rec["blocks"][2]["label"] = None         # unlabelled too
    rec["blocks"][1]["label"] = "Content"    # case is ignored
    rec["blocks"][0]["note"] = "extra keys are ignored"
    assert write_labels(path, [rec, _record(source="site/b.html")]) == 2
    pages = read_labels(path)
    assert [p.source for p in pages] == ["site/a.html", "site/b.html"]
    a = pages[0]
    assert a.labels == (BOILERPLATE, CONTENT, None, None)
    assert pages[1].labels == (BOILERPLATE, CONTENT, BOILERPLATE, BOILERPLATE)
    for got, want in zip(a.blocks, BLOCKS):
        assert (got.text, got.tag, got.links, got.link_chars, got.hint, got.path, got.bullet) == (
            want.text, want.tag, want.links, want.link_chars, want.hint, want.path, want.bullet)
    assert a.blocks[0].kind == "nav" and not a.blocks[0].keep
    assert a.gold_text() == BLOCKS[1].text
    assert (a.file, a.line, a.labelled, a.is_html) == (str(path), 1, 2, True)
    # written again from the pages, the file reads back the same
    again = tmp_path / "again.jsonl"
    write_labels(again, pages)
    assert [p.labels for p in read_labels(again)] == [p.labels for p in pages]


@pytest.mark.parametrize("label, value", [("content", CONTENT), ("boilerplate", BOILERPLATE), ("nav", BOILERPLATE),
                                          ("linklist", BOILERPLATE), ("ad", BOILERPLATE), ("meta", BOILERPLATE),
                                          ("?", None), (None, None), (" AD ", BOILERPLATE)])
def test_label_values(label, value):
    assert label_value(label) == value


@pytest.mark.parametrize("label", ["junk", 1, True, ["content"]])
def test_unknown_label_values_are_refused(label):
    with pytest.raises(ValueError, match="unknown label"):
        label_value(label)


def _bad_block(**fields):
    rec = _record()
    rec["blocks"][1].update(fields)
    return rec


@pytest.mark.parametrize("record, message", [
    ("{not json", r":2: not valid JSON"),
    ([1, 2], r":2: expected a JSON object"),
    (_record(format="something-else"), r":2: not a boilerfilter-blocks record"),
    (_record(version=2), r":2: unsupported version 2"),
    (_record(content_type="pdf"), r":2: 'content_type' must be 'html' or 'text'"),
    (_record(blocks="none"), r":2: 'blocks' must be a list"),
    (_bad_block(label="maybe"), r":2: block 1: unknown label 'maybe'"),
    (_bad_block(text=""), r":2: block 1: empty 'text'"),
    (_bad_block(text=None), r":2: block 1: missing 'text'"),
    (_bad_block(links=-1), r":2: block 1: 'links' must not be negative"),
    (_bad_block(link_chars="4"), r":2: block 1: 'link_chars' must be a whole number"),
    (_bad_block(hint=3), r":2: block 1: 'hint' must be a string"),
    (_bad_block(score="high"), r":2: block 1: 'score' must be a number"),
])
def test_validation_errors_name_file_line_and_block(tmp_path, record, message):
    path = tmp_path / "labels.jsonl"
    _write_lines(path, [_record(), record])
    with pytest.raises(LabelsError, match=message) as info:
        read_labels(path)
    assert str(info.value).startswith(str(path) + ":2:")


def test_missing_label_key_and_blank_lines(tmp_path):
    rec = _record()
    del rec["blocks"][0]["label"]
    path = tmp_path / "labels.jsonl"
    _write_lines(path, [_record(), "", rec])
    with pytest.raises(LabelsError, match=r"labels\.jsonl:3: block 0: missing 'label'"):
        read_labels(path)


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(LabelsError, match="no page records"):
        read_labels(empty)
    with pytest.raises(LabelsError, match="missing.jsonl"):
        read_labels(tmp_path / "missing.jsonl")


def test_write_is_atomic_and_validates(tmp_path):
    path = tmp_path / "labels.jsonl"
    write_labels(path, [_record()])
    before = path.read_bytes()
    with pytest.raises(LabelsError, match="record 2"):
        write_labels(path, [_record(), _bad_block(label="maybe")])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.jsonl"]  # no temporary file left
