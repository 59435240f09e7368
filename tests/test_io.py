"""Unit tests of boilerfilter.io: input discovery, reading (.gz) and atomic writes."""
from __future__ import annotations

import gzip
import os
from pathlib import Path, PurePath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerfilter.io import (
    InputError,
    PageTooLarge,
    atomic_open,
    atomic_write,
    content_type_for,
    gunzip,
    iter_inputs,
    output_stem,
    read_input,
)


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _stems(found) -> list[str]:
    return [PurePath(stem).as_posix() for _, stem in found]


# --- discovery --------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for rel in ("a/b/page.html", "a/x.TXT", "c.htm.gz", "d.xhtml", "e.txt.gz", "z/deep/y.htm",
                "notes.md", "img.png", "archive.tar.gz", "a/b/.page.html.1234.tmp"):
        _touch(root / rel)
    return root


def test_iter_inputs_walks_folders_for_page_suffixes_with_gz(tree):
    found = list(iter_inputs([tree]))
    assert _stems(found) == ["c", "d", "e", "notes", "a/x", "a/b/page", "z/deep/y"]
    assert all(p.is_file() for p, _ in found)
    assert {p.name for p, _ in found} == {"c.htm.gz", "d.xhtml", "e.txt.gz", "notes.md", "x.TXT", "page.html", "y.htm"}
    assert content_type_for(tree / "notes.md") == "text"


def test_iter_inputs_order_is_stable(tree):
    assert list(iter_inputs([tree])) == list(iter_inputs([tree]))


def test_iter_inputs_file_input_is_taken_by_name_whatever_its_suffix(tree):
    found = list(iter_inputs([tree / "a" / "b" / "page.html", tree / "notes.md", tree / "c.htm.gz"]))
    assert found == [(tree / "a" / "b" / "page.html", PurePath("page")),
                     (tree / "notes.md", PurePath("notes")),
                     (tree / "c.htm.gz", PurePath("c"))]


def test_iter_inputs_skips_output_folder_inside_input(tree):
    out = tree / "z"
    found = list(iter_inputs([tree], exclude=[out]))
    assert "z/deep/y" not in _stems(found)
    assert "a/b/page" in _stems(found)


def test_iter_inputs_skips_output_folder_given_by_another_spelling(tree, monkeypatch):
    monkeypatch.chdir(tree)
    found = list(iter_inputs(["."], exclude=["./a/../z"]))
    assert "z/deep/y" not in _stems(found)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_iter_inputs_follows_symlinks_once_and_ends_loops(tree, tmp_path):
    other = tmp_path / "other"
    _touch(other / "linked.html")
    try:
        os.symlink(tree, tree / "a" / "loop", target_is_directory=True)
        os.symlink(other, tree / "ext", target_is_directory=True)
    except OSError:
        pytest.skip("cannot create symbolic links here")
    stems = _stems(iter_inputs([tree]))
    assert "ext/linked" in stems
    assert len(stems) == len(set(stems)) == 8


def test_iter_inputs_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope"):
        list(iter_inputs([tmp_path / "nope"]))


@pytest.mark.parametrize("rel, stem", [
    ("a/b/page.html", "a/b/page"),
    ("a/b/page.html.gz", "a/b/page"),
    ("page.HTM.GZ", "page"),
    ("x.y.txt", "x.y"),
    ("noext", "noext"),
    ("a/..html", "a/..html"),  # a stem of "." or ".." would name a folder: the whole name is kept
    ("...html.gz", "...html"),
    ("a/x..html", "a/x."),
])
def test_output_stem(rel, stem):
    assert output_stem(rel).as_posix() == stem


@pytest.mark.parametrize("name, ctype", [
    ("a.html", "html"), ("a.htm.gz", "html"), ("a.XHTML", "html"), ("a.txt", "text"),
    ("a.txt.gz", "text"), ("a.md", "text"), ("a.markdown.gz", "text"), ("a.mdx", None), ("a.gz", None),
])
def test_content_type_for(name, ctype):
    assert content_type_for(name) == ctype


# --- reading ------------------------------------------------------------------------


def test_read_input_plain_and_gz(tmp_path):
    body = "<p>héllo</p>".encode("utf-8") * 100
    assert read_input(_touch(tmp_path / "p.html", body)) == body
    assert read_input(_touch(tmp_path / "p.html.gz", gzip.compress(body))) == body
    assert read_input(_touch(tmp_path / "e.html.gz", b"")) == b""


def test_read_input_multi_member_gz(tmp_path):
    path = _touch(tmp_path / "m.txt.gz", gzip.compress(b"one\n") + gzip.compress(b"two\n"))
    assert read_input(path) == b"one\ntwo\n"


def test_read_input_truncated_gz_raises_clear_error(tmp_path):
    data = gzip.compress(os.urandom(5000))
    path = _touch(tmp_path / "cut.html.gz", data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated gzip") as info:
        read_input(path)
    assert "cut.html.gz" in str(info.value)


def test_read_input_corrupt_gz_raises_clear_error(tmp_path):
    data = bytearray(gzip.compress(b"<p>some text</p>" * 50))
    data[-8] ^= 0xFF  # the CRC-32 of the trailer
    path = _touch(tmp_path / "bad.html.gz", bytes(data))
    with pytest.raises(InputError, match="bad.html.gz: corrupt gzip"):
        read_input(path)


def test_read_input_not_gzip_raises_clear_error(tmp_path):
    path = _touch(tmp_path / "plain.html.gz", b"<html>not compressed</html>")
    with pytest.raises(InputError, match="not a gzip file"):
        read_input(path)


def test_read_input_refuses_large_pages_without_reading_them_whole(tmp_path):
    plain = _touch(tmp_path / "big.html", b"a" * 1000)
    with pytest.raises(PageTooLarge) as info:
        read_input(plain, max_bytes=999)
    assert info.value.reason == "page too large (1000 bytes > max_bytes 999)"
    bomb = _touch(tmp_path / "bomb.html.gz", gzip.compress(b"\0" * 10_000_000))
    with pytest.raises(PageTooLarge, match="more than 1000 bytes"):
        read_input(bomb, max_bytes=1000)
    assert read_input(plain, max_bytes=1000) == b"a" * 1000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file types")
def test_read_input_refuses_what_is_not_a_regular_file_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "fifo.html")  # open() for reading would wait for a writer
    with pytest.raises(InputError, match="fifo.html: not a regular file"):
        read_input(tmp_path / "fifo.html")
    with pytest.raises(InputError, match="not a regular file"):
        read_input("/dev/zero", max_bytes=1000)  # its size says 0 and it never ends
    with pytest.raises(InputError, match="not a regular file"):
        read_input(tmp_path)


def test_read_input_missing_file_raises_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_input(tmp_path / "missing.html")


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2000), st.data())
def test_gunzip_round_trips_and_every_cut_is_an_error(body, data):
    packed = gzip.compress(body)
    assert gunzip(packed) == body
    cut = data.draw(st.integers(0, len(packed) - 1))
    with pytest.raises(InputError):
        gunzip(packed[:cut])


# --- atomic writes --------------------------------------------------------------------


def test_atomic_write_leaves_no_temp_file(tmp_path):
    target = tmp_path / "deep" / "er" / "out.txt"
    atomic_write(target, "héllo\n")
    assert target.read_text("utf-8") == "héllo\n"
    atomic_write(target, b"bytes")
    assert target.read_bytes() == b"bytes"
    assert os.listdir(target.parent) == ["out.txt"]


def test_atomic_open_failure_keeps_old_file_and_removes_temp(tmp_path):
    target = _touch(tmp_path / "out.txt", b"old")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write("new, half written")
            assert target.read_bytes() == b"old"  # nothing visible before the end
            raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_write_text_uses_unix_newlines_and_utf8(tmp_path):
    target = tmp_path / "t.txt"
    atomic_write(target, "一\n二\n")
    assert target.read_bytes() == "一\n二\n".encode("utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_permissions_follow_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "p.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "p.txt").stat().st_mode & 0o777 == 0o644


def test_atomic_open_rejects_other_modes(tmp_path):
    with pytest.raises(ValueError):
        with atomic_open(tmp_path / "x", "a"):
            pass
