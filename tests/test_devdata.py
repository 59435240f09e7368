"""Tests of boilerfilter.devdata: a hand-made dataset, then (if present) the real data."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from boilerfilter import devdata
from boilerfilter.devdata import (
    DATASET_LICENCES,
    DevPage,
    data_dir,
    iter_pages,
    list_datasets,
    site_of,
    text_lang_of,
    trainable_datasets,
)

_HTML = "<html><head><meta charset='gbk'></head><body><p>正文</p></body></html>".encode("gbk")


def _write_dataset(root: Path, name: str = "toy") -> Path:
    """Build a tiny dataset folder in the development-data schema."""
    folder = root / name
    (folder / "html").mkdir(parents=True)
    (folder / "html" / "a.html.gz").write_bytes(gzip.compress(_HTML))
    (folder / "html" / "b.html.gz").write_bytes(gzip.compress(b"<p>hello</p>"))
    (folder / "html" / "c.html.gz").write_bytes(gzip.compress(b"<p>hallo</p>"))
    records = [
        {"id": "a", "html": "html/a.html.gz", "url": "https://www.Example.com/x?y=1",
         "lang": "zh", "gold_text": "正文", "gold_with": None, "gold_without": None,
         "split": "dev", "page_type": "article"},
        {"id": "b", "html": "html/b.html.gz", "url": None, "lang": "en",
         "gold_text": None, "gold_with": ["hello"], "gold_without": ["menu"], "split": None,
         "gold_blocks": [{"text": "hello", "label": "main"}]},
        {"id": "c", "html": "html/c.html.gz", "url": "http://blog.example.org/p",
         "lang": "de", "gold_text": "hallo", "split": "test"},
    ]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n"
    (folder / "pages.jsonl").write_text(lines, encoding="utf-8")
    return folder


# --- hand-made data -------------------------------------------------------------


def test_data_dir_explicit_path(tmp_path):
    assert data_dir(tmp_path) == tmp_path.resolve()
    assert data_dir(tmp_path / "missing") is None


def test_data_dir_env_var_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(devdata.ENV_VAR, str(tmp_path))
    assert data_dir() == tmp_path.resolve()
    monkeypatch.setenv(devdata.ENV_VAR, str(tmp_path / "missing"))
    assert data_dir() is None


def test_data_dir_relative_to_cwd(tmp_path, monkeypatch):
    monkeypatch.delenv(devdata.ENV_VAR, raising=False)
    (tmp_path / "shared" / "data").mkdir(parents=True)
    work = tmp_path / "checkout"
    work.mkdir()
    monkeypatch.chdir(work)
    assert data_dir() == (tmp_path / "shared" / "data").resolve()


def test_iter_pages_reads_schema(tmp_path):
    _write_dataset(tmp_path)
    pages = list(iter_pages("toy", root=tmp_path))
    assert [p.id for p in pages] == ["a", "b", "c"]
    first, second, _ = pages
    assert first.dataset == "toy"
    assert first.gold_text == "正文"
    assert first.split == "dev"
    assert first.page_type == "article"
    assert first.raw() == _HTML
    assert second.gold_with == ("hello",)
    assert second.gold_without == ("menu",)
    assert second.gold_blocks == (("hello", "main"),)
    assert second.url is None
    hash(first)  # frozen and hashable (lists were turned into tuples)
    with pytest.raises(AttributeError):
        first.id = "z"  # type: ignore[misc]


def test_iter_pages_filters(tmp_path):
    _write_dataset(tmp_path)
    assert [p.id for p in iter_pages("toy", root=tmp_path, require_gold_text=True)] == ["a", "c"]
    assert [p.id for p in iter_pages("toy", root=tmp_path, langs=["zh", "en"])] == ["a", "b"]
    assert [p.id for p in iter_pages("toy", root=tmp_path, langs=["other"])] == ["c"]
    assert [p.id for p in iter_pages("toy", root=tmp_path, langs=["de"])] == ["c"]


def test_iter_pages_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(iter_pages("nope", root=tmp_path))
    with pytest.raises(FileNotFoundError):
        list(iter_pages("toy", root=tmp_path / "missing"))


def test_list_datasets(tmp_path):
    _write_dataset(tmp_path, "b-set")
    _write_dataset(tmp_path, "a-set")
    (tmp_path / "not-a-dataset").mkdir()
    assert list_datasets(tmp_path) == ["a-set", "b-set"]
    assert list_datasets(tmp_path / "missing") == []


def test_text_lang():
    assert text_lang_of("zh") == "zh"
    assert text_lang_of("zh-TW") == "zh"
    assert text_lang_of("ja") == "ja"
    assert text_lang_of("EN") == "en"
    assert text_lang_of("de") == "other"
    assert text_lang_of(None) == "other"
    page = DevPage("d", "1", None, "ja", None, None, None, None, Path("x"))
    assert page.text_lang == "ja"


def test_site_of(tmp_path):
    pages = {p.id: p for p in iter_pages("toy", root=_write_dataset(tmp_path).parent)}
    assert site_of(pages["a"]) == "example.com"
    assert site_of(pages["b"]) == "toy:b"
    assert site_of(pages["c"]) == "blog.example.org"
    odd = DevPage("d", "9", "not a url", None, None, None, None, None, Path("x"))
    assert site_of(odd) == "d:9"


def test_licences():
    assert trainable_datasets() == [
        "magic-html-bench", "readability-tests", "trafilatura-eval", "wcxb", "webmainbench-samples",
    ]
    for name in ("cleaneval", "cleanportaleval", "l3s-gn1", "dragnet", "googletrends-2017",
                 "gne-test-pages"):
        assert DATASET_LICENCES[name][1] is False


# --- the real development data (skipped when absent) ------------------------------


def _real_root() -> Path:
    """The real data folder, or skip the test."""
    root = data_dir()
    if root is None:
        pytest.skip(f"development data not found (set ${devdata.ENV_VAR} to its folder)")
    return root


def test_real_data_every_dataset_has_a_known_licence():
    root = _real_root()
    names = list_datasets(root)
    assert names, "data folder has no dataset"
    unknown = set(names) - set(DATASET_LICENCES)
    assert not unknown, f"datasets without a recorded licence: {sorted(unknown)}"


def test_real_data_pages_are_readable():
    root = _real_root()
    for name in list_datasets(root):
        page = next(iter_pages(name, root=root))
        raw = page.raw()
        assert isinstance(raw, bytes) and raw, f"{name}/{page.id} has empty HTML"
        assert page.text_lang in ("zh", "ja", "en", "other")
        assert site_of(page)


def test_real_data_gold_filter():
    root = _real_root()
    if "magic-html-bench" not in list_datasets(root):
        pytest.skip("magic-html-bench not in the data folder")
    pages = list(iter_pages("magic-html-bench", root=root, langs=["zh"], require_gold_text=True))
    assert pages
    assert all(p.text_lang == "zh" and p.gold_text for p in pages)
