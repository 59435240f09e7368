import codecs

import pytest

from boilerfilter.decode import DecodeError, decode_bytes, looks_binary, sniff_content_type

ZH = "天津市今天发布了新的城市规划方案，市民可以在网上查看全部内容。" * 3
JA = "図書館は来月から夜九時まで開館することになりました。利用者の声に応えたものです。" * 3


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_chinese_without_declaration_is_sniffed(codec):
    text, enc = decode_bytes(ZH.encode(codec))
    assert text == ZH


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
def test_japanese_without_declaration_is_sniffed(codec):
    text, _ = decode_bytes(JA.encode(codec))
    assert text == JA


def test_big5():
    s = "颱風季節來臨前，防波堤修復工程必須完成，居民表示非常期待。" * 3
    assert decode_bytes(s.encode("big5"))[0] == s


def test_declared_charset_is_widened_to_superset():
    # 镕 is in GBK/GB18030 but not in GB2312: a page declaring gb2312 still decodes
    html = '<html><head><meta charset="gb2312"></head><body>朱镕基' + ZH + "</body></html>"
    text, enc = decode_bytes(html.encode("gb18030"))
    assert "朱镕基" in text and enc == "gb18030"


def test_lying_meta_charset_falls_back():
    html = '<meta charset="shift_jis"><p>' + ZH + "</p>"
    text, _ = decode_bytes(html.encode("gb18030"))
    assert ZH in text


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom(bom, codec):
    text, enc = decode_bytes(bom + ("<p>" + JA + "</p>").encode(codec))
    assert JA in text and not text.startswith("\ufeff")


def test_utf16_without_bom():
    text, enc = decode_bytes("<html><p>Hello world</p></html>".encode("utf-16-le"))
    assert text == "<html><p>Hello world</p></html>"


def test_cp1252_declared_latin1():
    html = '<meta charset="iso-8859-1"><p>caf\xe9 \u2019quoted\u2019</p>'
    text, _ = decode_bytes(html.encode("cp1252"))
    assert "café ’quoted’" in text


def test_nul_bytes_are_removed():
    assert "\x00" not in decode_bytes(b"<p>a\x00b</p>")[0]


@pytest.mark.parametrize("head", [b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04"])
def test_binary_is_refused(head):
    assert looks_binary(head + bytes(range(256)) * 4)
    with pytest.raises(DecodeError):
        decode_bytes(head + bytes(range(256)) * 4)


def test_sniff_content_type():
    assert sniff_content_type("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_content_type("<p>Hello</p>") == "html"
    assert sniff_content_type("首页\n新闻\n正文第一段。") == "text"
    # a flattened page that mentions one tag in passing is still text
    assert sniff_content_type("How to use the <div> element\nIt groups content.") == "text"
