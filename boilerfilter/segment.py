"""Step 1: a page → a list of Blocks.

HTML goes through trafilatura in recall mode with links kept, so that the
classifier, not trafilatura's own pruning, makes the precision call; each element of
its output tree becomes a Block that keeps its DOM facts (tag, links, characters in
links). Plain text is split by line, keeping the line's bullet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree, html as lxml_html

from .features import MARKDOWN_LINK
from .metrics import tokenize as tokens
from .result import Block

__all__ = ["segment_html", "segment_html_fast", "segment_text", "html_to_lines", "Segmented", "BULLET_RE"]

_WS = re.compile(r"\s+")
#: A leading bullet of a flattened line: dashes, dots, arrows, squares, CJK middle dot,
#: "1." / "1)" / "(1)" / "①" numbering.
BULLET_RE = re.compile(
    r"^\s*(?:[-–—*+•·・●○◦■□▪▫◆◇►▶▸»›→✓✔☆★※]+|\(?\d{1,3}[.)、）]|[①-⑳]|[（(][一二三四五六七八九十]+[)）])\s*")


@dataclass(frozen=True)
class Segmented:
    """What segmentation found: the blocks and the page title."""

    blocks: tuple[Block, ...]
    title: str = ""


#: Invisible characters a scraper leaves inside words (zero-width space, word joiner, BOM,
#: soft hyphen): they split words and CJK bigrams apart. Zero-width (non-)joiners stay:
#: Persian and Indic scripts need them.
_INVISIBLE_CHARS = re.compile("[\u200b\u2060\ufeff\u00ad]")


def _norm(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE_CHARS.sub("", text)).strip()


def _squeeze(text: str) -> str:
    """``text`` without any whitespace or invisible character: how blocks are matched to
    the page's text whatever spaces each side put between its text nodes."""
    return _WS.sub("", _INVISIBLE_CHARS.sub("", text))


def _norm_line(text: str) -> str:
    """``_norm`` for a line of plain text, but a run of whitespace holding a tab stays one
    tab: the cells of a table copied or scraped as tab-separated text ("六楼\t30%"), which
    ``revise.text_tables`` reads like " | "."""
    return _WS.sub(lambda m: "\t" if "\t" in m.group() else " ", _INVISIBLE_CHARS.sub("", text)).strip()


def _links(el) -> tuple[int, int]:
    """(number of links, characters of link text) inside an output element."""
    n = chars = 0
    for ref in el.iter("ref"):
        n += 1
        chars += len(_norm("".join(ref.itertext())))
    return n, chars


#: Characters after which (_OPENING) or before which (_CLOSING) an element boundary adds
#: no space: "David Brier, …" and "(see here)", not "David Brier , …" and "( see here )".
_OPENING = frozenset("([{«‹“‘\"'¿¡「『【〈《〔（［｛＜")
_CLOSING = frozenset(".,;:!?%)]}»›”’\"'、。，．；：！？）］｝」』】〉》〕＞…")


#: An ideograph (compatibility ideographs too), kana, CJK or full-width punctuation:
#: scripts written without spaces. Two such characters meeting at an element boundary
#: (``_join``) or at a hard-wrapped line's end (``_unwrap``) join without a space.
_CJK_EDGE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _join(pieces: list[str]) -> str:
    """Text nodes of one output element, joined across element boundaries.

    A boundary between an inline element and the text around it is no word break in
    the page: "<a>David Brier</a>, …" and "据<a>新华社</a>报道" read "David Brier, …" and
    "据新华社报道". Where neither side has a space of its own, one is added (trafilatura
    drops the spans that set a headline's date and category apart: "…SoC</ref>2019-09-07
    13:05<ref>手机"), except before closing or after opening punctuation and between
    two characters of a script written without spaces.
    """
    out: list[str] = []
    prev = ""
    for p in pieces:
        if not p:
            continue
        if prev and not prev[-1].isspace() and not p[0].isspace() and not (
                p[0] in _CLOSING or prev[-1] in _OPENING or (_CJK_EDGE.match(prev[-1]) and _CJK_EDGE.match(p[0]))):
            out.append(" ")
        out.append(p)
        prev = p
    return "".join(out)


def _apart(tag) -> bool:
    """Whether an output element reads as a space on each side: a line break, an image, a
    block element inside another (a row's cells)."""
    return tag in _OUT_BLOCKS or tag in ("lb", "graphic")


def _text_nodes(el, out: list[str]) -> list[str]:
    """The text nodes of ``el``; a line break, a block element inside (a row's cells)
    and the edge between two elements with no text between them (two category links)
    as a space. Walked with a stack, not recursion: inline elements may nest deeper than
    Python's recursion limit."""
    if el.text:
        out.append(el.text)
    stack = [[el, iter(el), False]]  # element, its children, "the last child had no tail"
    while stack:
        frame = stack[-1]
        c = next(frame[1], None)
        if c is None:
            node = stack.pop()[0]
            if stack:
                if _apart(node.tag):
                    out.append(" ")
                stack[-1][2] = not node.tail
                if node.tail:
                    out.append(node.tail)
            continue
        if isinstance(c.tag, str):
            if _apart(c.tag) or frame[2]:
                out.append(" ")
            if c.text:
                out.append(c.text)
            stack.append([c, iter(c), False])
        else:  # a comment or processing instruction: only its tail is text
            frame[2] = False
            if c.tail:
                out.append(c.tail)
    return out


def _block(el, tag: str) -> Block | None:
    text = _norm(_join(_text_nodes(el, [])))
    if not text:
        return None
    n, chars = _links(el)
    return Block(text=text, tag=tag, links=n, link_chars=min(chars, len(text)))


# Elements of trafilatura's output tree that start their own block(s); everything
# else (hi, ref, lb, graphic, span...) is inline and joins the text around it.
_OUT_BLOCKS = {"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "div",
               "section", "article", "main", "body"}


def _walk(el, out: list, tag: str = "p", loose: set | None = None) -> None:
    """Turn trafilatura's output tree into blocks, one per paragraph-level element.

    Inline content directly inside a container (a list item holding a heading, text and
    a nested list, say) becomes a block of its own (tagged ``tag``) between the
    blocks of the container's block children, so no text of the output is lost.
    Such blocks, and paragraphs that open with a link or highlight, also go into
    ``loose``: the blocks ``merge_fragments`` looks at.
    """
    buf: list[str] = []
    links = [0, 0]

    def flush() -> None:
        text = _norm(_join(buf))
        if text:
            out.append(Block(text=text, tag=tag, links=links[0], link_chars=min(links[1], len(text))))
            if loose is not None:
                loose.add(out[-1])
        buf.clear()
        links[0] = links[1] = 0

    if el.text:
        buf.append(el.text)
    glued = False  # as in _text_nodes: two inline elements with no text between them
    for child in el:
        ctag = child.tag if isinstance(child.tag, str) else ""
        if ctag not in _OUT_BLOCKS:
            if ctag and (glued or _apart(ctag)):
                buf.append(" ")
            if ctag and not _apart(ctag):
                _text_nodes(child, buf)
                n, chars = _links(child)
                links[0] += n
                links[1] += chars
        else:
            flush()
            if ctag == "head":
                rend = child.get("rend", "")
                b = _block(child, rend if re.fullmatch(r"h[1-6]", rend) else "h2")
                if b:
                    out.append(b)
            elif ctag == "list":
                for item in child:
                    if isinstance(item.tag, str):
                        _walk(item, out, "li", loose)
            elif ctag == "table":
                for row in child.iter("row"):
                    b = _block(row, "tr")
                    if b:
                        out.append(b)
            elif ctag in ("quote", "code"):
                _walk(child, out, "quote" if ctag == "quote" else "code", loose)
            elif ctag == "p" and not any(isinstance(c.tag, str) and c.tag in _OUT_BLOCKS for c in child):
                b = _block(child, "p" if tag in ("p", "li") else tag)
                if b:
                    out.append(b)
                    if loose is not None and not (child.text or "").strip() and len(child) and child[0].tag in ("ref", "hi"):
                        loose.add(b)  # a paragraph that opens with a link: trafilatura cuts before one too
            else:
                _walk(child, out, "li" if ctag == "item" else tag, loose)
        glued = bool(ctag) and ctag not in _OUT_BLOCKS and not child.tail
        if child.tail:
            buf.append(child.tail)
    flush()


#: When recall-mode extraction (without fallbacks) yields fewer tokens than this, the
#: page is extracted again with trafilatura's full default cascade (readability and
#: jusText fallbacks) and the longer output is used. Recall mode sometimes grabs the
#: wrong container (shared/NOTES.md, finding 3). 300 was chosen on the wcxb development
#: split: keep-all token recall rose from 0.834 to 0.874 (F1 0.843 → 0.859); 100-800
#: gave F1 0.858-0.860, and it triggers on ~18% of pages instead of all of them.
FALLBACK_TOKENS = 300
#: When even the fallback's extraction holds no paragraph of this many characters (only
#: crumbs and key-value lines), the page is extracted a third time with its comments
#: and that is used when it is more than twice as long: on a review page whose "main"
#: text is a film's metadata, the text is the comments (trafilatura's default includes
#: them). Measured on every development page (at most 400 per dataset, 2,651 pages):
#: it changes one page (token F1 0.01 -> 0.99). Triggering on a short extraction instead
#: (under 100 tokens) also took a dragnet page's comments over its one real paragraph
#: (0.85 -> 0.00): dragnet's gold leaves comments out. 100 is revise.PROSE_CHARS, the
#: length from which a line counts as prose.
COMMENTS_PARA = 100


#: On a discussion thread (a forum topic, a Q&A page) the replies are content, but
#: trafilatura files them under comments, which the first pass leaves out. On such a page
#: a second pass collects the comments trafilatura finds; those not already in the main
#: text are added after it as blocks like any other, and the classifier decides on them.
#: A page is a thread when a segment of its URL path names one ("/forum/", "/thread/",
#: "/topic/", "/questions/", "/community/", "/thread-214.html", "/faq/<number>",
#: "/topics/<number>", Discourse's "/t/<slug>/<number>", "viewtopic.php"; not a word inside
#: an article's slug: "/6-tips-for-attracting-more-comments/", "/reader-qa-volatile-again/"),
#: or a label of its host does ("bbs.", "…bbs.", "forum."), or its schema.org markup says
#: so (DiscussionForumPosting, QAPage); "topics" and a bare Question/Answer pair are left
#: out: topic listings and the FAQ blocks of articles carry them. With every block kept,
#: comments add recall on magic-html-bench's forum pages only (en 0.68 -> 0.71, zh 0.63 ->
#: 0.71); added on every page they cost dragnet, whose gold leaves comments out, 0.15 of
#: precision. Measured with the shipped model on every development page, with the URLs
#: the data gives: 119 thread pages, token F1 0.726 -> 0.743 (19 pages move, all forum
#: pages); without URLs (the page's canonical link or og:url, ``thread_page``): 86 thread
#: pages, 0.726 -> 0.737 (8 forum pages move). No page that is not a thread can move.
#: "/community/", "thread-<n>", "/topics/<n>", "/t/…/<n>" and "showtopic" found 9 more
#: forum pages of magic-html-bench and wcxb and 2 more of their ~1,400 other pages; none
#: of the 9 moved (trafilatura finds no comments on them, or their posts are in the main
#: text already); kept for forums whose replies trafilatura does file as comments.
THREAD_COMMENTS = True
_THREAD_PATH = re.compile(
    r"(?i)(?:^|[/?&=])(?:(?:forums?|threads?|topic|questions?|discussions?|discuss|bbs|comments|community|"
    r"showthread|viewthread|viewtopic|answers?|qa)(?:$|[/.?=&#]|-(?:\d|topics?\b|threads?\b|posts?\b|boards?\b))"
    r"|(?:faqs?|topics)/\d|t/(?:[^/?#]+/)?\d+(?:$|[/?#])|showtopic)")
_THREAD_HOST = re.compile(r"(?i)(?:^|\.)(?:[a-z0-9-]*(?:bbs|forums?)|(?:bbs|forums?|community|discuss|answers?)[a-z0-9-]*)\.")
_THREAD_LD = re.compile(r'"@type"\s*:\s*(?:"|\[[^\]]*")(?:DiscussionForumPosting|QAPage)"')
_THREAD_ITEMTYPE = re.compile(r"(?:^|[\"/])(?:DiscussionForumPosting|QAPage)\"?$")


def thread_page(tree, url: str | None) -> bool:
    """Whether a page is a discussion thread whose replies are content (``THREAD_COMMENTS``).

    Without a URL (a page read from a file) the page's own canonical link or og:url is
    read instead: of magic-html-bench's 103 forum pages, 82 are found with the URLs the
    data gives, 61 without them (none of its 158 article pages either way).
    """
    if not url:
        found = tree.xpath("(//link[@rel='canonical']/@href | //meta[@property='og:url']/@content)[1]")
        url = str(found[0]).strip() if found else None
    if url:
        rest = url.split("//", 1)[-1]
        host, _, path = rest.partition("/")
        if _THREAD_HOST.search(host + ".") or _THREAD_PATH.search("/" + path):
            return True
    for el in tree.iterfind(".//script[@type='application/ld+json']"):
        if el.text and _THREAD_LD.search(el.text):
            return True
    return any(_THREAD_ITEMTYPE.search(v) for v in tree.xpath("//@itemtype"))


def _bare(tree, url: str | None, *, favor_recall: bool, fast: bool, comments: bool):
    import trafilatura  # heavy import, deferred so the package imports fast

    # trafilatura copies a tree it is given, so ``tree`` stays intact for the next pass
    return trafilatura.bare_extraction(
        tree, url=url, favor_recall=favor_recall, fast=fast, include_links=True,
        include_tables=True, include_comments=comments, include_images=False,
        with_metadata=False, output_format="python")


def _blocks_of(el, loose: set | None = None) -> tuple[Block, ...]:
    out: list[Block] = []
    if el is not None:
        _walk(el, out, loose=loose)
    return tuple(out)


def _extract(tree, url: str | None, *, favor_recall: bool, fast: bool, comments: bool = False,
             loose: set | None = None):
    """The blocks of trafilatura's main text."""
    doc = _bare(tree, url, favor_recall=favor_recall, fast=fast, comments=comments)
    return _blocks_of(doc.body, loose) if doc is not None else ()


def _replies(tree, url: str | None, *, favor_recall: bool, fast: bool, loose: set | None = None) -> tuple[Block, ...]:
    """The blocks of the comments trafilatura finds (``THREAD_COMMENTS``)."""
    doc = _bare(tree, url, favor_recall=favor_recall, fast=fast, comments=True)
    return _blocks_of(doc.commentsbody, loose) if doc is not None else ()


def segment_html(html: str, url: str | None = None, *, favor_recall: bool = True,
                 fast: bool = True, fallback: bool = True, replies: bool = True) -> Segmented:
    """Extract an HTML page with trafilatura and cut its output into blocks.

    Args:
        html: the decoded page.
        url: its URL, if known (trafilatura uses it for some site rules).
        favor_recall: lean towards recall (the classifier makes the precision call).
        fast: skip trafilatura's fallback extractors (readability, jusText).
        fallback: when the first extraction is short (``FALLBACK_TOKENS``), extract
            again with trafilatura's full default cascade and keep the longer result.
        replies: on a discussion thread (``thread_page``), add the replies trafilatura
            files as comments after the main text (``THREAD_COMMENTS``).

    Returns:
        the blocks in page order and the title ("" when none was found).
    """
    # Metadata extraction is off: it doubled the extraction time (date parsing) and only
    # the title was used, which the DOM pass below reads directly.
    # The page is parsed once: both extraction passes copy this tree and the DOM pass
    # reads it (parsing was 21% of segmentation when each pass parsed its own).
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return Segmented(())
    loose: set[Block] = set()  # blocks of inline content loose in a container (``_walk``)
    blocks = _extract(tree, url, favor_recall=favor_recall, fast=fast, loose=loose)
    added: tuple[Block, ...] = ()
    if replies and THREAD_COMMENTS and thread_page(tree, url):
        # a pass of its own: with comments on, trafilatura also prunes the comment
        # containers from the main text, which lost posts of the first pass
        added = _replies(tree, url, favor_recall=favor_recall, fast=fast, loose=loose)
    if fallback and sum(len(tokens(b.text)) for b in blocks) < FALLBACK_TOKENS:
        other = _extract(tree, url, favor_recall=False, fast=False, loose=loose)
        if sum(len(b.text) for b in other) > sum(len(b.text) for b in blocks):
            blocks = other
        if max((len(b.text) for b in blocks), default=0) < COMMENTS_PARA:
            other = _extract(tree, url, favor_recall=False, fast=False, comments=True, loose=loose)
            if sum(len(b.text) for b in other) > 2 * sum(len(b.text) for b in blocks):
                blocks = other
    if added:
        seen = {b.text for b in blocks}
        blocks = blocks + tuple(b for b in added if b.text not in seen)
    blocks, title = attach_dom(merge_fragments(blocks, tree, loose), tree)
    return Segmented(blocks, title=title)


#: A merged fragment run must reach this many characters (whitespace left out) before it
#: is trusted: two short items ("Home" + "News") can meet inside some other line by
#: chance. 30 is about one short sentence; not tuned.
FRAGMENT_MIN = 30


def _visual_lines(root) -> list[str]:
    """The page's visible text, one whitespace-normalised line per block element, as a
    scraper would flatten it (``_BLOCK_TAGS``; ``_INVISIBLE`` elements left out)."""
    parts = [root.text or ""]
    stack = [(root, iter(root))]  # a stack, not recursion: pages nest deeper than Python's limit
    while stack:
        el, children = stack[-1]
        c = next(children, None)
        if c is None:
            stack.pop()
            if stack:
                if el.tag.lower() in _BLOCK_TAGS:
                    parts.append("\n")
                if el.tail:
                    parts.append(el.tail)
            continue
        tag = c.tag.lower() if isinstance(c.tag, str) else ""
        if not tag or tag in _INVISIBLE:
            if c.tail:
                parts.append(c.tail)
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if c.text:
            parts.append(c.text)
        stack.append((c, iter(c)))
    return [ln for ln in (_norm(x) for x in "".join(parts).split("\n")) if ln]


def merge_fragments(blocks: tuple[Block, ...], root, loose: set | None = None) -> tuple[Block, ...]:
    """Join paragraph blocks that are pieces of one line of the page.

    trafilatura cuts text written straight inside a ``div`` at each inline element:
    "<div>Issue #3 got out, the hardest <a>Ricky</a> and I ever worked…" comes out as
    "<p>Issue #3 got out, the hardest</p><ref>Ricky</ref><p>and I ever worked…</p>"
    (or as "<p>…the hardest</p><p><ref>Ricky</ref>and I ever…</p>"), blocks each scored
    alone as a fragment. Consecutive ``p`` blocks whose texts, joined, lie inside one
    visual line of the page (``_visual_lines``: no block element between them) are one
    paragraph again. With ``loose`` (``_walk``: the blocks of inline content loose in a
    container, and paragraphs opening with a link), only pairs holding one of them are
    looked at: every such cut holds one, and a page without any skips flattening the page
    (10% of segmentation time when done on every page; 5.2%, 1.5 ms a page, in
    ``benchmarks/speed.py``'s run of the eleventh session).
    On the HTML held-out pages (100 per dataset) 9 pages moved, summed F1 +0.30 (dragnet
    "422" 0.795 -> 0.951; the two losses, -0.026 and -0.007, are score moves of
    neighbouring blocks); trafilatura-eval's snippets did not move (0.929 / 0.933).
    """
    if len(blocks) < 2 or (loose is not None and not any(b in loose for b in blocks)):
        return blocks
    lines = _visual_lines(root)
    text = "\n".join(lines)
    flat = "\n".join(_squeeze(ln) for ln in lines)
    out: list[Block] = []
    key = ""
    last = None  # the last block merged into out[-1]
    for b in blocks:
        bk = _squeeze(b.text)
        prev = out[-1] if out else None
        if (prev is not None and prev.tag == "p" and b.tag == "p" and bk
                and (loose is None or b in loose or last in loose)
                and len(key) + len(bk) >= FRAGMENT_MIN and (key + bk) in flat):
            a, z = prev.text[-12:], b.text[:12]
            spaced = (a + " " + z) in text or ((a + z) not in text and " " in _join([a, z]))
            out[-1] = replace(prev, text=prev.text + (" " if spaced else "") + b.text,
                              links=prev.links + b.links, link_chars=prev.link_chars + b.link_chars)
            key += bk
        else:
            out.append(b)
            key = bk
        last = b
    return tuple(out)


# Elements whose text can be one extracted block; wrappers are matched only when
# their children are all inline (cheap, and avoids concatenating whole subtrees).
_LEAF_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "blockquote",
              "pre", "figcaption", "caption", "summary", "address", "tr"}
_WRAPPER_TAGS = {"div", "section", "span", "article", "aside", "header", "footer", "nav", "font",
                 "center", "a", "strong", "b", "em", "label"}
_CANDIDATES = tuple(sorted(_LEAF_TAGS | _WRAPPER_TAGS))
_INLINE = {"a", "b", "i", "em", "strong", "span", "br", "img", "font", "small", "sup", "sub",
           "u", "abbr", "time", "code", "mark", "cite", "q", "s", "wbr"}
#: Characters of normalised text used to match an extracted block to its element.
_KEY_CHARS = 64
_ATTR_WORD = re.compile(r"[A-Za-z]{2,}")


def _key(text: str) -> str:
    # without any whitespace: a block's text joins text nodes as ``_join`` does, the
    # page's text (``_head_text``) with a space between every text node
    return _squeeze(text)[:_KEY_CHARS].lower()


def _head_text(el) -> str:
    """The first ~2×_KEY_CHARS characters of an element's text, without walking all of it."""
    parts, n = [], 0
    for t in el.itertext():
        parts.append(t)
        n += len(t)
        if n > 2 * _KEY_CHARS + 64:
            break
    return " ".join(parts)


def attach_dom(blocks: tuple[Block, ...], root) -> tuple[tuple[Block, ...], str]:
    """Give each extracted block its original element's ancestry: class/id words and tag path.

    Returns the blocks and the page title (``<title>``, else the first ``<h1>``).

    trafilatura's output drops the page's DOM; the ancestors' class and id names
    ("related", "sidebar", "comment", "author-bio") are the strongest cue a block has,
    so each block is matched back to the first unused element whose text starts the
    same way, in document order. ``root`` is the parsed page (an lxml element).
    """
    title = _norm(root.findtext(".//title") or "")
    if not title:
        h1 = root.find(".//h1")
        title = _norm(" ".join(h1.itertext())) if h1 is not None else ""
    if not blocks:
        return blocks, title
    index: dict[str, list] = {}
    # iter(*tags) filters in C: only candidate elements get a Python proxy (the tree
    # walk was half of this function's time when every element got one)
    for el in root.iter(*_CANDIDATES):
        if el.tag in _LEAF_TAGS or all((c.tag if isinstance(c.tag, str) else "") in _INLINE for c in el):
            k = _key(_head_text(el))
            if k:
                index.setdefault(k, []).append(el)
    out = []
    words: dict = {}  # element -> its class/id words: blocks share most of their ancestors
    for b in blocks:
        cands = index.get(_key(b.text))
        if not cands:
            out.append(b)
            continue
        el = cands.pop(0) if len(cands) > 1 else cands[0]
        levels, tags = [], []
        node = el
        while node is not None and len(tags) < 40:
            if isinstance(node.tag, str):
                tags.append(node.tag)
                own = words.get(node)
                if own is None:
                    attrs = node.get("class", "") + " " + node.get("id", "")
                    own = words[node] = " ".join(w.lower() for w in _ATTR_WORD.findall(attrs))
                levels.append(own)
            node = node.getparent()
        out.append(replace(b, hint="|".join(levels)[:400], path="/".join(reversed(tags))))
    return tuple(out), title


def segment_html_fast(html: str) -> Segmented:
    """Extract an HTML page with resiliparse's main-content heuristics; one block per line.

    Many times faster than trafilatura, but its output is plain text: the blocks carry
    no DOM facts and are classified as plain-text lines. Needs the ``resiliparse``
    extra (``ImportError`` otherwise).
    """
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError as exc:
        raise ImportError("the resiliparse extractor needs resiliparse: pip install 'boilerfilter[resiliparse]'") from exc

    tree = HTMLTree.parse(html)
    text = extract_plain_text(tree, preserve_formatting=True, main_content=True, list_bullets=True,
                              alt_texts=False, links=False, form_fields=False, noscript=False, comments=False)
    title = _norm(tree.title or "")
    return Segmented(segment_text(text).blocks, title=title)


#: A page of at most FEW_LINES lines, one of them longer than LONG_LINE characters, was
#: flattened into one line (a scraper that joined its blocks with spaces): its long lines
#: are cut after sentence ends into pieces of about PIECE_CHARS, so that the classifier
#: judges parts of the page instead of keeping or dropping all of it. Measured on 99
#: held-out development pages (<= 40 per training set) joined into one line each: 78
#: came out empty (the page scored as one block, mostly above the threshold), token F1
#: 0.169 against 0.728 for keeping everything; cut so, 2 empty, F1 0.757 (LONG_LINE 2000:
#: 3 empty, 0.749, and our written English page, 1,580 characters joined, stayed empty).
#: A page of more lines is left as it is: there a line this long is a real paragraph or
#: a glued menu (the flattened training-set pages hold 405 lines over 1,000 characters,
#: none on a page of under 23 lines). 400 is about the length of a long paragraph line.
#: The pieces of a cut line come out on lines of their own.
LONG_LINE = 1000
FEW_LINES = 5
PIECE_CHARS = 400
#: The cut points with the space at each, so that a piece keeps the text between its
#: sentences as it was given.
_SENTENCE_CUT = re.compile(r"((?<=[.!?。！？])\s+|(?<=[。！？]))")


def _pieces(line: str) -> list[str]:
    """An over-long line cut after sentence ends into pieces of about PIECE_CHARS."""
    parts = _SENTENCE_CUT.split(line)  # sentence, cut, sentence, cut, ..., sentence
    out, cur = [], parts[0]
    for k in range(2, len(parts), 2):
        sent = parts[k]
        if cur and len(cur) + len(sent) > PIECE_CHARS:
            out.append(cur)
            cur = sent
        else:
            cur += parts[k - 1] + sent
    if cur:
        out.append(cur)
    return out


#: Hard-wrapped text (html2text and ``lynx -dump`` output, e-mail, text files: every
#: paragraph cut into lines at a fixed width, blank lines between paragraphs) has its
#: wrapped lines joined again, so that a paragraph is one block and its last words are
#: not judged alone. The text counts as wrapped when it holds at least WRAP_BLANKS
#: blank lines between paragraphs, its widest line is WRAP_WIDTH to WRAP_MAX
#: characters, at least WRAP_MIN lines end within WRAP_SLACK characters of it, and
#: those are at least WRAP_SHARE of the lines over half its width: a wrapper fills its
#: lines to the width. A line is then joined to the next when the next one's first
#: word would not have fitted on it, as a wrapper decides, and the next one is not a
#: new list item. 120 is wider than the usual widths (72-80), 30 is about the CJK
#: characters of the narrowest (a CJK character takes two columns), and a menu's short
#: lines are narrower; 12 is a long word. Text flattened one line per block without
#: blank lines (as the plain-text measure and the training pages are) is never joined:
#: on the flattened pages of the labelled sets, the lines that the page's own HTML
#: source wraps (old cleaneval pages) joined without that condition removed more
#: boilerplate on cleaneval (69.6 -> 86.1%) but kept less content elsewhere (all 121
#: pages where it fired: 95.5 -> 93.4%), since the model was trained on such lines.
WRAP_BLANKS = 2
WRAP_WIDTH = 30
WRAP_MAX = 120
WRAP_MIN = 4
WRAP_SLACK = 12
WRAP_SHARE = 0.5
_FIRST_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|\S+")


def _wrap_groups(lines: list[str]) -> list[list[int]]:
    """The indices of the non-empty lines, grouped into the paragraphs that hard wrapping
    cut (``WRAP_MAX``); ``lines`` holds "" where the text has a blank line, which always
    ends a paragraph. Each line is a group of its own when the text is not wrapped."""
    idx = [i for i, x in enumerate(lines) if x]
    width = max((len(lines[i]) for i in idx), default=0)
    near = sum(len(lines[i]) >= width - WRAP_SLACK for i in idx)
    blanks = sum(1 for a, b in zip(idx, idx[1:]) if b > a + 1)
    if (blanks < WRAP_BLANKS or not WRAP_WIDTH <= width <= WRAP_MAX or near < WRAP_MIN
            or near < WRAP_SHARE * sum(len(lines[i]) > width / 2 for i in idx)):
        return [[i] for i in idx]
    groups: list[list[int]] = []
    for i in idx:
        first = _FIRST_WORD.match(lines[i])
        if (groups and groups[-1][-1] == i - 1 and not BULLET_RE.match(lines[i])
                and len(lines[i - 1]) + 1 + len(first.group(0) if first else "") > width):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _unwrap(lines: list[str]) -> list[str]:
    """The non-empty lines with hard-wrapped paragraphs joined again (``_wrap_groups``):
    with a space, or with nothing between two CJK characters."""
    out = []
    for g in _wrap_groups(lines):
        text = lines[g[0]]
        for i in g[1:]:
            both_cjk = _CJK_EDGE.match(text[-1]) and _CJK_EDGE.match(lines[i][0])
            text += ("" if both_cjk else " ") + lines[i]
        out.append(text)
    return out


def segment_text(text: str) -> Segmented:
    """Cut plain text into one block per non-empty line, keeping each line's bullet (the
    long lines of a page flattened into one line are cut into pieces: LONG_LINE; the lines
    of hard-wrapped paragraphs are joined first: WRAP_MAX)."""
    out = []
    lines = _unwrap([_norm_line(x) for x in text.splitlines()])
    cut = len(lines) <= FEW_LINES
    for line in lines:
        for piece in (_pieces(line) if cut and LONG_LINE and len(line) > LONG_LINE else (line,)):
            m = BULLET_RE.match(piece)
            bullet = m.group(0).strip() if m and m.end() < len(piece) else ""
            links = [x for x in MARKDOWN_LINK.finditer(piece) if not x.group(1)] if "](" in piece else ()
            out.append(Block(text=piece, tag="line", bullet=bullet, links=len(links),
                             link_chars=sum(len(x.group(2)) for x in links)))
    return Segmented(tuple(out))


# Elements whose content a browser does not show as page text.
_INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe",
              "object", "canvas", "select", "option", "button"}
# Elements that start a new line when a page is flattened to text (as a scraper would).
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
               "h6", "tr", "table", "thead", "tbody", "tfoot", "section", "article", "aside",
               "header", "footer", "nav", "main", "form", "fieldset", "blockquote", "pre",
               "figure", "figcaption", "address", "hr", "br", "td", "th", "caption", "body",
               "center", "menu", "details", "summary", "legend", "label"}


def html_to_lines(html: str) -> list[str]:
    """Flatten HTML to the visible text, one line per block element, as a scraper would."""
    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    return _visual_lines(root)
