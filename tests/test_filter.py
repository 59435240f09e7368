"""Contract tests of the public API (they use the shipped model)."""
import gzip
import pickle
import threading
from pathlib import Path

import pytest

import boilerfilter
from boilerfilter import BoilerFilter, CleanedPage, Options, clean

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
ARTICLE = (EXAMPLES / "en" / "news-article.html").read_bytes()


def test_clean_returns_cleaned_page_with_blocks():
    page = clean(ARTICLE)
    assert isinstance(page, CleanedPage)
    assert page.content_type == "html" and page.encoding == "utf-8"
    assert page.text and not page.reason
    assert page.text == "\n".join(b.text for b in page.blocks if b.keep)
    assert all(0.0 <= b.score <= 1.0 for b in page.blocks)
    assert all(b.kind in boilerfilter.KINDS for b in page.blocks)
    assert all((b.kind == "content") == b.keep for b in page.blocks)


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["<p>x</p>"], {"html": "x"}])
def test_wrong_type_raises_type_error(bad):
    with pytest.raises(TypeError):
        clean(bad)


def test_wrong_option_types():
    with pytest.raises(TypeError):
        clean("x", url=5)
    with pytest.raises(TypeError):
        clean("x", options={"threshold": 0.5})
    with pytest.raises(TypeError):
        BoilerFilter(model=42)
    with pytest.raises(TypeError):
        clean(b"x", encoding=b"gbk")


def test_transport_charset_hint_in_clean_and_clean_many(tiny_model):
    zh = "港口城市的居民们对新的公园计划感到非常高兴，他们说这个计划将保护沿岸的房屋。"
    raw = f'<html><head><meta charset="iso-8859-5"></head><body><p>{zh}</p></body></html>'.encode("gbk")
    f = BoilerFilter(tiny_model)
    hinted = f.clean(raw, encoding="GBK")
    assert hinted.encoding == "gb18030" and zh in "".join(b.text for b in hinted.blocks)
    assert list(f.clean_many([(raw, "http://x/", "GBK")])) == [f.clean(raw, url="http://x/", encoding="GBK")]
    assert f.clean(raw).encoding != "gb18030"  # without the hint, the page's wrong declaration is believed


@pytest.mark.parametrize("page,reason", [
    (b"", "empty input"), ("", "empty input"), ("   \n\t ", "empty input"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary content"),
    (gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "binary content"),  # gzipped, then binary
])
def test_bad_content_gives_empty_page_with_reason(page, reason):
    out = clean(page)
    assert out.text == "" and out.reason == reason


def test_lone_html_and_broken_markup_do_not_raise():
    for page in ["<html>", "<html><body><p>unclosed <div><table><tr><td>", "<<<>>>", "\x00\x00<p>"]:
        out = clean(page)
        assert isinstance(out, CleanedPage)
        assert out.text or out.reason


def test_page_too_large_is_reported_not_truncated():
    out = clean("<p>" + "x" * 2000 + "</p>", options=Options(max_bytes=1000))
    assert out.text == "" and "too large" in out.reason


def test_text_content_type_and_sniffing():
    txt = (EXAMPLES / "text" / "en-flattened.txt").read_text("utf-8")
    out = clean(txt)
    assert out.content_type == "text" and all(b.tag == "line" for b in out.blocks)
    assert clean(txt, content_type="text").text == out.text


def test_threshold_option_changes_decisions():
    keep_all = clean(ARTICLE, options=Options(threshold=1.0, revise=False))
    assert all(b.keep for b in keep_all.blocks)
    drop_all = clean(ARTICLE, options=Options(threshold=0.0, revise=False))
    assert not any(b.keep for b in drop_all.blocks) and drop_all.reason


def test_filter_pickles_without_model_bytes_and_matches():
    f = BoilerFilter()
    first = f.clean(ARTICLE)
    data = pickle.dumps(f)
    assert len(data) < 2000
    g = pickle.loads(data)
    assert g.clean(ARTICLE) == first


def test_clean_many_matches_clean_and_keeps_order():
    f = BoilerFilter()
    pages = [p.read_bytes() for p in sorted(EXAMPLES.rglob("*")) if p.is_file()]
    many = list(f.clean_many(pages))
    assert many == [f.clean(p) for p in pages]


def test_thread_safety_and_determinism():
    f = BoilerFilter()
    pages = [p.read_bytes() for p in sorted(EXAMPLES.rglob("*")) if p.is_file()]
    expected = [f.clean(p).text for p in pages]
    results, errors = {}, []

    def work(k):
        try:
            results[k] = [BoilerFilter.clean(f, p).text for p in pages]
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results.values())


def test_output_is_valid_utf8():
    out = clean("<p>lone surrogate \ud800 here and a longer sentence to keep this block alive.</p>")
    (out.text + "".join(b.text for b in out.blocks)).encode("utf-8")


# --- the resiliparse extractor --------------------------------------------------------

def test_resiliparse_extractor_classifies_its_lines_as_plain_text():
    pytest.importorskip("resiliparse", reason="resiliparse (extra 'resiliparse') is not installed")
    from boilerfilter import Options

    page = ("<html><head><title>Harbor vote</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
            "<li><a href='/n'>News</a></li></ul></nav><article><h1>Harbor vote</h1>"
            + "".join(f"<p>Paragraph {i} of the story tells what the council decided and why it matters "
                      f"to the people of the town, in full sentences.</p>" for i in range(6))
            + "</article></body></html>")
    fast = BoilerFilter(options=Options(extractor="resiliparse")).clean(page)
    assert fast.content_type == "html" and fast.title == "Harbor vote"
    assert fast.blocks and {b.tag for b in fast.blocks} == {"line"}  # resiliparse's lines, not DOM blocks
    assert "Paragraph 3 of the story" in fast.text
    default = BoilerFilter().clean(page)
    assert {b.tag for b in default.blocks} != {"line"}


def test_unknown_extractor_is_refused():
    from boilerfilter import Options

    with pytest.raises(ValueError, match="extractor"):
        Options(extractor="readability")


def test_html_page_without_markup_is_read_as_plain_text():
    lines = ["Home", "News"] + [f"Paragraph {i} of a story that a scraper flattened, told in full sentences "
                                f"about the town council and its plans for the harbour." for i in range(5)]
    page = BoilerFilter().clean("\n".join(lines).encode(), content_type="html")
    assert page.content_type == "text" and not page.reason
    assert "Paragraph 3 of a story" in page.text


def test_the_replies_option_reaches_segmentation(monkeypatch):
    import boilerfilter.filter as F

    seen = []
    real = F.segment_html

    def spy(text, url=None, **kw):
        seen.append(kw.get("replies"))
        return real(text, url, **kw)

    monkeypatch.setattr(F, "segment_html", spy)
    page = "<html><body><article><p>" + "A sentence of the article text. " * 20 + "</p></article></body></html>"
    BoilerFilter(options=Options(replies=False)).clean(page, url="https://example.com/forum/1", content_type="html")
    BoilerFilter().clean(page, url="https://example.com/forum/1", content_type="html")
    assert seen == [False, True]
