"""Step 0: bytes → str, and what kind of page a str is.

Decoding comes first because trafilatura, given raw bytes, turned about a third of a
set of GB2312/GBK pages into mojibake (shared/NOTES.md, finding 1). Order: BOM, strict
UTF-8, the declared charset (with its usual superset), then charset_normalizer.
"""
from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "sniff_content_type", "looks_binary", "DecodeError"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding we could find."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Declared charsets are often a subset of what the page really uses: decode with the
# superset so that characters outside the declared set do not turn into errors.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932",
    "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso-8859-9": "cp1254",
    "big5": "big5hkscs", "x-big5": "big5hkscs",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "euc-jp": "euc_jis_2004",
}

# Transport charsets that servers send by default whatever the page is (Latin-1, ASCII, as
# their superset cp1252): a page that declares its own charset is believed before them.
_WEAK_HINTS = ("cp1252",)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.IGNORECASE)

# Signatures of common binary formats that end up saved as .html by crawlers.
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                 b"RIFF", b"\x00\x00\x01\x00", b"BZh", b"7z\xbc\xaf", b"OggS", b"ID3", b"\x7fELF",
                 b"wOFF", b"wOF2")


def looks_binary(raw: bytes) -> bool:
    """True for bytes that are a known binary format or mostly control bytes."""
    head = raw[:4096]
    if any(head.startswith(m) for m in _BINARY_MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if not head:
        return False
    # UTF-16 without BOM has NULs in every other byte; text otherwise has almost none.
    # Control bytes other than \t\n\r\f\x1b over 10% of the head: a binary file
    # (chosen loosely: text pages in any 8-bit charset score ~0%).
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    nul_pairs = head.count(b"\x00")
    if nul_pairs > len(head) * 0.3 and _utf16_without_bom(head):
        return False
    return controls > len(head) * 0.10


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in the odd/even bytes of mostly-ASCII text."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _declared(raw: bytes) -> str | None:
    head = raw[:8192]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    return _codec(m.group(1).decode("ascii", "ignore"))


def _codec(name: str) -> str | None:
    """The codec of a charset name, widened to its superset; None when Python knows no such codec."""
    name = name.strip().strip("'\"").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(raw: bytes, hint: str | None = None) -> tuple[str, str]:
    """Decode page bytes to str.

    Args:
        raw: the page as bytes, in any charset.
        hint: the charset the transport declared (an HTTP ``Content-Type`` charset): tried
            after a BOM and strict UTF-8 (servers often declare Latin-1 for UTF-8 pages),
            before the page's own ``<meta charset>`` (after it when the hint is Latin-1 or
            ASCII, which servers send by default).

    Returns:
        ``(text, encoding)``: the text (NUL bytes removed) and the codec used.

    Raises:
        DecodeError: the bytes look binary or cannot be decoded at all.
    """
    if looks_binary(raw):
        raise DecodeError("binary content")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return _clean(raw[len(bom):].decode(enc, errors="replace")), enc
    utf16 = _utf16_without_bom(raw[:4096]) if raw[:4096].count(0) > 2 else None
    if utf16:
        return _clean(raw.decode(utf16, errors="replace")), utf16
    try:
        return _clean(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared(raw)
    hinted = _codec(hint) if hint else None
    if hinted in _WEAK_HINTS and declared:
        hinted = None  # a server's default Latin-1 says less than the page's own declaration
    if hinted and hinted not in ("utf-8", "utf_8") and hinted != declared:
        try:
            return _clean(raw.decode(hinted)), hinted
        except (UnicodeDecodeError, LookupError):
            pass  # the header lies too: the page's own declaration, then sniffing
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return _clean(raw.decode(declared)), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the meta charset lies: sniff instead
    guess = _sniff(raw)
    if guess:
        return guess
    if declared:
        return _clean(raw.decode(declared, errors="replace")), declared
    return _clean(raw.decode("utf-8", errors="replace")), "utf-8"


def _sniff(raw: bytes) -> tuple[str, str] | None:
    """charset_normalizer's best guess, widened to the superset codec."""
    from charset_normalizer import from_bytes  # import here: only needed for odd pages

    # Enough bytes to decide, not the whole page: charset_normalizer is slow on MBs.
    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return None
    enc = _SUPERSETS.get(best.encoding.replace("_", "-"), best.encoding)
    try:
        enc = codecs.lookup(enc).name
        return _clean(raw.decode(enc, errors="replace")), enc
    except LookupError:
        return None


def _clean(text: str) -> str:
    """Remove NUL bytes and lone surrogates so the output is always valid UTF-8."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8")


_HTML_MARKERS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|br|span|table|a\s|script|style|article|section|ul|li|h[1-6])\b",
    re.IGNORECASE)


def sniff_content_type(text: str) -> str:
    """``"html"`` when the start of ``text`` has HTML markup, else ``"text"``.

    A flattened page may mention a tag name in passing, so one marker is not
    enough: it takes a markup-like start or at least three tags in the first 5,000
    characters (three: no flattened development page reached it).
    """
    head = text[:5000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<meta")):
        return "html"
    if head.startswith("<") and _HTML_MARKERS.match(head):
        return "html"
    return "html" if len(_HTML_MARKERS.findall(head)) >= 3 else "text"
