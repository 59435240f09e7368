from boilerfilter.segment import html_to_lines, segment_html, segment_text

PAGE = """<html><head><title>T</title><style>p{}</style></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>A headline about the harbour</h1>
<p>The first paragraph of the article is long enough to be kept by the extractor, with
<a href="/x">one link</a> inside it and several more words after the link.</p>
<h2>A subheading</h2>
<p>The second paragraph also carries real content about the harbour and the town council.</p>
<ul><li>First item of a list inside the article body</li><li>Second item of the list</li></ul>
<table><tr><td>cell one</td><td>cell two</td></tr></table>
</article><script>var fake = "script text must never appear";</script></body></html>"""


def test_segment_html_keeps_structure_and_links():
    seg = segment_html(PAGE)
    tags = [b.tag for b in seg.blocks]
    assert "h1" in tags and "h2" in tags and "li" in tags and "p" in tags
    first = next(b for b in seg.blocks if b.text.startswith("The first paragraph"))
    assert first.links == 1 and first.link_chars == len("one link")
    assert not any("script text" in b.text for b in seg.blocks)


def test_segment_text_keeps_bullets():
    seg = segment_text("- 新手必看，《某游戏》攻略\n\n• second line\n・三行目\nplain line\n")
    assert [b.bullet for b in seg.blocks] == ["-", "•", "・", ""]
    assert [b.tag for b in seg.blocks] == ["line"] * 4
    assert seg.blocks[0].text == "- 新手必看，《某游戏》攻略"


def test_html_to_lines_one_line_per_block_and_no_scripts():
    lines = html_to_lines(PAGE)
    assert "Home News" in lines or ("Home" in " ".join(lines))
    assert "A headline about the harbour" in lines
    assert not any("script text" in ln for ln in lines)
    assert "First item of a list inside the article body" in lines


def test_html_to_lines_bad_markup():
    assert html_to_lines("") == []
    assert html_to_lines("<p>unclosed <b>bold<div>x") != []


def test_nested_list_item_keeps_all_its_text():
    # a list item holding a heading, loose text, paragraphs and a nested list: nothing is lost
    page = ("<html><body><ul><li><h3>Item heading of the story</h3>Last updated 2019-09-07"
            "<p>" + "The first paragraph inside the list item carries the article text. " * 3 + "</p>"
            "<p>" + "A second paragraph continues the article with more detail. " * 3 + "</p>"
            "<ul><li>Nested editor line</li></ul></li></ul></body></html>")
    text = " ".join(b.text for b in segment_html(page).blocks)
    for s in ("first paragraph inside the list item", "second paragraph continues", "Nested editor line"):
        assert s in text


def test_invisible_characters_inside_words_are_removed_but_joiners_stay():
    seg = segment_text("明\u200b显\u00ad的\ufeff变化。\nمی\u200cخواهم\n\u200b\n")
    assert [b.text for b in seg.blocks] == ["明显的变化。", "می\u200cخواهم"]  # Persian needs its ZWNJ
    lines = html_to_lines("<html><body><p>Zero\u200bwidth inside</p><p>\u2060</p></body></html>")
    assert lines == ["Zerowidth inside"]


_REVIEWS = [
    "这部剧的台词写得太好了，每一集都能让人想起自己身边的朋友，看完以后久久不能平静。",
    "两位女主角的演技都很细腻，尤其是在车上那场对话，没有一句多余的台词，却把人物关系讲得清清楚楚。",
    "一开始以为又是一部普通的爱情剧，没想到越看越有味道，编剧把中年人的选择和遗憾写得很真实。",
    "看到最后一集忍不住哭了，人生没有标准答案，每一种选择都有它的代价，这大概就是这部剧想说的。",
    "配乐和摄影也很用心，城市夜景拍得特别好看，推荐给所有喜欢慢节奏故事的朋友。",
]


def _review_page(main: str) -> str:
    comments = "".join(f'<li class="comment"><p>{t}</p></li>' for t in _REVIEWS)
    return f"""<html><head><title>短评</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/tv">电视剧</a></div>
<div class="main"><h1>不够善良的我们 短评</h1>{main}
<div id="comments" class="comment-list"><ul>{comments}</ul></div></div>
<div class="footer"><p>© 2024 示例网站</p></div></body></html>"""


def test_comments_are_the_text_when_the_extraction_holds_no_paragraph():
    info = "<div class='info'><p>导演: 某某某</p><p>主演: 甲 / 乙 / 丙</p><p>类型: 剧情</p></div>"
    texts = [b.text for b in segment_html(_review_page(info)).blocks]
    assert "导演: 某某某" in texts and _REVIEWS[0] in texts and _REVIEWS[-1] in texts
    # with a paragraph of its own, the page's comments stay out (dragnet's gold leaves them out)
    para = ("<p>" + "这是一篇关于这部电视剧的长评论，作者从剧情、人物和台词三个方面分析了它为什么能打动观众，"
            "并且比较了它和其他同类作品的不同之处，认为它是近年来最值得一看的华语剧集之一。</p>")
    texts = [b.text for b in segment_html(_review_page(para)).blocks]
    assert any("这是一篇" in t for t in texts) and not any(_REVIEWS[0] in t for t in texts)


def test_the_replies_of_a_discussion_thread_are_added_but_an_article_keeps_its_comments_out():
    from lxml import html as lxml_html

    from boilerfilter.segment import thread_page

    para = ("<p>" + "我想请教大家一个问题：家里的旧电脑装了新系统以后开机特别慢，内存和硬盘都检查过了没有问题，"
            "不知道还有什么地方可以排查，有没有遇到过同样情况的朋友可以分享一下经验？先谢谢各位了，在线等回复。</p>")
    page = _review_page(para)
    article = [b.text for b in segment_html(page, url="https://example.com/tv/2024/review.html").blocks]
    assert not any(_REVIEWS[0] in t for t in article)
    for url in ("https://example.com/forum/12345-old-pc-slow", "https://bbs.example.cn/detail/171",
                "https://patent.examplebbs.com/info/2497?csr=1", "https://example.pub/faq/1274706",
                "https://example.com/questions/42/why-is-it-slow", "https://example.com/viewtopic.php?t=9",
                "https://example.com/t/old-pc-slow/1289", "https://example.com/thread-214.html"):
        texts = [b.text for b in segment_html(page, url=url).blocks]
        assert texts[: len(article)] == article, url  # the main text first, as without replies
        assert _REVIEWS[0] in texts and _REVIEWS[-1] in texts, url
        assert len(texts) == len(set(texts)), url
        # the option leaves them out
        assert [b.text for b in segment_html(page, url=url, replies=False).blocks] == article, url
    # schema.org markup says so too, where the URL does not
    marked = page.replace("<body>", '<body itemscope itemtype="https://schema.org/DiscussionForumPosting">')
    assert _REVIEWS[0] in [b.text for b in segment_html(marked, url="https://example.com/p/1").blocks]
    # topic listings and articles with an FAQ block are no threads
    tree = lxml_html.fromstring(page)
    assert not thread_page(tree, "https://example.com/topics/climate")
    assert not thread_page(tree, "https://www.forbes.com/sites/someone/2024/05/01/a-story/")
    assert not thread_page(tree, "https://example.com/2012/08/22/6-tips-for-attracting-more-comments/")
    assert not thread_page(tree, "https://example.com/shop/2024/05/t-shirts/")
    assert not thread_page(tree, "https://example.com/blog/thread-safety-in-python/")
    assert not thread_page(tree, "https://example.com/news/2024/faq-on-the-new-tax")
    assert not thread_page(tree, None)
    # without a URL, the page's own canonical link says where it lives
    canon = page.replace("<head>", '<head><link rel="canonical" href="https://example.com/forum/12345-old-pc-slow">')
    assert _REVIEWS[0] in [b.text for b in segment_html(canon).blocks]
    assert thread_page(lxml_html.fromstring(canon), None)


def test_a_page_flattened_into_one_line_is_cut_at_sentence_ends_but_line_pages_are_not():
    from boilerfilter.segment import LONG_LINE, PIECE_CHARS, segment_text

    sentence = "The council approved the new tram line after a long debate about its cost. "
    one_line = "Home News Sport Contact " + sentence * 30 + "Share this article Related stories"
    assert len(one_line) > LONG_LINE
    pieces = segment_text(one_line).blocks
    assert len(pieces) > 3 and all(len(b.text) <= PIECE_CHARS + len(sentence) for b in pieces)
    assert " ".join(b.text for b in pieces) == one_line.strip()
    zh = "市议会经过长时间讨论，批准了新的电车线路。" * 80
    assert len(segment_text(zh).blocks) > 3 and "".join(b.text for b in segment_text(zh).blocks) == zh
    # the text between sentences inside a piece is kept as given: a space after a CJK stop too
    spaced = "市议会批准了新的电车线路。 " * 80
    assert all("。 市" in b.text for b in segment_text(spaced).blocks)
    # a page of many lines keeps its long lines whole
    many = "\n".join(["Menu", "News", "Sport", "About", "Contact", one_line])
    assert [b.text for b in segment_text(many).blocks][-1] == one_line.strip()


WRAPPED_PARAS = [
    "A compost pile that stays cold for weeks is one of the most common frustrations for home "
    "gardeners. The good news is that the cause is almost always one of three things: the wrong mix "
    "of materials, too little moisture, or a pile that is simply too small.",
    "Microbes need both nitrogen, from fresh green material such as grass clippings and kitchen "
    "scraps, and carbon, from brown material such as dry leaves and cardboard. A rough ratio of three "
    "parts brown to one part green by volume keeps most piles working.",
]


def test_hard_wrapped_paragraphs_are_joined_again():
    import textwrap

    text = ("Home | Garden | Soil\n\nWhy your compost pile is not heating up\n\n"
            + "\n\n".join(textwrap.fill(p, 72) for p in WRAPPED_PARAS)
            + "\n\nRelated posts\n\n- How to Keep Slugs Away\n- The Beginner's Guide to Raised Beds\n")
    got = [b.text for b in segment_text(text).blocks]
    assert got == ["Home | Garden | Soil", "Why your compost pile is not heating up", *WRAPPED_PARAS,
                   "Related posts", "- How to Keep Slugs Away", "- The Beginner's Guide to Raised Beds"]
    # the same lines without blank lines between paragraphs (a page flattened one line
    # per block, as the plain-text measure and the training pages are) are left as given
    flat = "\n".join(x for x in text.split("\n") if x)
    assert [b.text for b in segment_text(flat).blocks] == [x for x in flat.split("\n")]


def test_hard_wrapped_chinese_is_joined_without_spaces_and_short_lines_are_not_joined():
    import textwrap

    para = "据报道，" + "这是一段很长的中文新闻内容，用来测试硬换行的文本能否重新拼接成完整的段落。" * 4
    text = "首页 > 新闻\n\n" + "\n".join(textwrap.wrap(para, 30)) + "\n\n" + "\n".join(textwrap.wrap(para, 30))
    assert [b.text for b in segment_text(text).blocks] == ["首页 > 新闻", para, para]
    # short lines (a menu) are not wrapped text
    menu = "首页\n新闻\n体育\n\n财经\n科技\n\n娱乐\n汽车\n\n房产\n旅游"
    assert len(segment_text(menu).blocks) == 9


def test_markdown_links_count_as_links_of_a_plain_text_line():
    blocks = segment_text("* [Home](https://example.com/) | [News](/news)\n"
                          "See ![a map](map.png) and [the plan](https://example.com/plan).\nNo links here.").blocks
    assert [(b.links, b.link_chars) for b in blocks] == [(2, 8), (1, 8), (0, 0)]
    assert blocks[0].text == "* [Home](https://example.com/) | [News](/news)"  # the text is kept as given


def test_the_markdown_benchmark_flattens_like_html_to_lines_plus_markdown():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "markdown_text.py"
    spec = importlib.util.spec_from_file_location("markdown_text", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    page = ('<html><body><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li></li></ul>'
            '<h2>Park plan</h2><p>The <a href="/plan x">council\'s plan</a> passed.</p>'
            '<a href="/big"><div>Block link</div></a></body></html>')
    assert mod.markdown_lines(page) == ["* [Home](/)", "* [News](/news)", "## Park plan",
                                        "The [council's plan](/plan%20x) passed.", "Block link"]
    assert html_to_lines(page) == ["Home", "News", "Park plan", "The council's plan passed.", "Block link"]


def test_inline_elements_join_the_text_around_them_as_written():
    page = """<html><body><article><h1>港口新闻</h1>
<p>据<a href="/a">新华社</a>报道，港口今天举行了开放日活动，许多市民前来参观，现场气氛十分热烈，
活动一直持续到傍晚才结束。</p>
<p>The harbour plan was drawn up by <a href="/b">David Brier</a>, an architect who has worked
on the waterfront for twenty years, and the council approved it (<a href="/c">read the plan</a>).</p>
<table><tr><td>cell one</td><td>cell two</td></tr></table>
</article></body></html>"""
    texts = [b.text for b in segment_html(page).blocks]
    zh = next(t for t in texts if "新华社" in t)
    assert zh.startswith("据新华社报道，")
    en = next(t for t in texts if "David Brier" in t)
    assert "by David Brier, an architect" in en and "(read the plan)." in en
    # table cells and separate elements with nothing between them stay apart
    assert "cell one cell two" in texts
    from lxml import etree

    from boilerfilter.segment import _block
    row = etree.fromstring('<item><ref target="/x">A headline</ref>2019-09-07 13:05<ref target="/y">手机</ref>'
                           '<ref target="/z">华为</ref></item>')
    assert _block(row, "li").text == "A headline 2019-09-07 13:05 手机 华为"
    from boilerfilter.segment import _walk
    out = []
    _walk(etree.fromstring('<div><list><item><ref target="/x">一条新闻</ref><ref target="/y">手机</ref>。'
                           '<lb/>第二行</item></list></div>'), out)
    assert [b.text for b in out] == ["一条新闻 手机。 第二行"]


def test_inline_elements_nested_deeper_than_the_recursion_limit_keep_their_text():
    from lxml import etree

    from boilerfilter.segment import _block
    el = etree.Element("p")
    el.text = "据"
    cur = el
    for _ in range(5000):
        cur = etree.SubElement(cur, "hi")
    cur.text = "新华社"
    cur.tail = "报道"
    assert _block(el, "p").text == "据新华社报道"


def test_text_cut_at_inline_elements_by_the_extractor_is_one_block_again():
    from lxml import html as lxml_html
    from boilerfilter.result import Block
    from boilerfilter.segment import merge_fragments
    # trafilatura cuts text written straight inside a div at its inline elements (seen on a
    # dragnet page): "<p>… the hardest</p><ref>Ricky</ref><p>and myself …</p>"
    page = lxml_html.fromstring(
        "<html><body><div><h2>Issue three</h2><div>Issue #3 got out the door, the hardest <a href='/r'>Ricky</a>"
        " and I ever worked. Read the <i>Tech Jobs</i> section, no more '<a href='/t'>tl;dr</a>' excuse.<p></p>"
        "<div>Print subscription is coming.</div></div><p>Home</p><p>News</p><div>Home News Sport</div></div></body></html>")
    cut = ["Issue three", "Issue #3 got out the door, the hardest", "Ricky", "and I ever worked. Read the", "Tech Jobs",
           "section, no more '", "tl;dr", "' excuse.", "Print subscription is coming.", "Home", "News"]
    blocks = tuple(Block(text=t, tag="h2" if i == 0 else "p", links=t in ("Ricky", "tl;dr"),
                         link_chars=len(t) if t in ("Ricky", "tl;dr") else 0) for i, t in enumerate(cut))
    out = merge_fragments(blocks, page)
    assert [b.text for b in out] == [
        "Issue three", "Issue #3 got out the door, the hardest Ricky and I ever worked. Read the Tech Jobs section, "
        "no more 'tl;dr' excuse.", "Print subscription is coming.", "Home", "News"]
    assert (out[1].links, out[1].link_chars) == (2, 10)


def test_a_tab_between_cells_of_plain_text_stays_and_reads_as_a_table():
    from boilerfilter.revise import revise
    from boilerfilter.segment import segment_text
    text = ("在费用分摊方面，多数小区采用按楼层递增的方式，一楼通常不出资，二楼少量出资，顶楼出资最多。\n"
            "楼层 \t 出资比例\n六楼\t30%\n五楼\t\t25%\n四楼\t20%\n三楼\t15%\n"
            "桂园小区的做法是按上表比例分摊，一楼住户每年还可获得高层住户共同出资的补偿。\n"
            "两个  空格   只是空格")
    blocks = list(segment_text(text).blocks)
    assert [b.text for b in blocks[1:3]] == ["楼层\t出资比例", "六楼\t30%"] and blocks[-1].text == "两个 空格 只是空格"
    keep = revise(blocks, [0.05, 0.87, 0.88, 0.91, 0.95, 0.94, 0.08, 0.9], 0.55, text=True)
    assert keep[:7] == [True] * 7
