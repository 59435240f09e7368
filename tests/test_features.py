import math

from boilerfilter.features import block_stats, page_features, script_of, tokens, topic_units
from boilerfilter.result import Block


def test_tokens_count_cjk_characters():
    assert tokens("今天 good day") == ["今", "天", "good", "day"]


def test_script_of():
    assert script_of("これは日本語の文章です。") == "ja"
    assert script_of("这是一个中文句子。") == "zh"
    assert script_of("This is English.") == "latin"
    assert script_of("В Москве открылась новая станция метро.") == "cyrillic"
    assert script_of("ฝนตกหนักทั่วกรุงเทพฯ") == "thai"
    assert script_of("123 !!") == ""
    assert script_of("") == ""


def test_block_stats_cjk_and_brackets():
    st = block_stats(Block(text="- 新手必看，《星河战纪》最强阵容搭配攻略", tag="line", bullet="-"))
    assert st["bracket_title"] == 1.0 and st["bullet"] == 1.0 and st["end_punct"] == 0.0
    assert st["cjk_share"] > 0.6
    assert st.get("v_related", 0) >= 1  # 攻略


def test_link_density_and_vocab():
    b = Block(text="Start your free trial today", tag="p", links=1, link_chars=27)
    st = block_stats(b)
    assert st["link_density"] == 1.0 and st["v_cta"] >= 1


def test_latin_vocab_matches_whole_words_only():
    st = block_stats(Block(text="Furthermore the homeless shelter opened.", tag="p"))
    assert "v_nav" not in st  # neither "more" nor "home" inside longer words


def test_page_features_context_and_runs():
    blocks = [Block(text=f"- headline number {i} about something", tag="line", bullet="-") for i in range(5)]
    blocks.append(Block(text="A real sentence that ends the page properly.", tag="line"))
    fs = page_features(blocks, is_html=False)
    assert len(fs) == 6
    assert math.isclose(fs[0]["run_len"], math.log1p(5))
    assert fs[0]["prev_log_chars"] == -1.0 and fs[-1]["next_log_chars"] == -1.0
    assert fs[0]["rel_pos"] == 0.0 and fs[-1]["rel_pos"] == 1.0
    assert all(f["is_html"] == 0.0 for f in fs)


def test_repeats_and_recurrence():
    blocks = [Block(text="Share", tag="p"), Block(text="The harbour council met today.", tag="p"),
              Block(text="Share", tag="p"), Block(text="Council members voted on the harbour.", tag="p")]
    fs = page_features(blocks, is_html=True)
    assert fs[0]["repeats"] == 1.0 and fs[1]["repeats"] == 0.0
    assert fs[1]["recurrence"] > 0.5  # harbour, council recur


def test_empty_page():
    assert page_features([], is_html=True) == []


def test_sentence_ends_of_other_scripts_count():
    def B(text):
        return Block(text=text, tag="p")

    hindi = B("बारिश के बाद नदी का पानी बढ़ गया। गाँव के लोग ऊँची जगह पर चले गए। प्रशासन ने राहत शिविर खोले।")
    arabic = B("هل وصل القطار في موعده؟ نعم، وصل قبل الموعد بدقائق، وكان المسافرون سعداء.")
    urdu = B("آج موسم بہت اچھا ہے۔ ہم باغ میں گئے۔")
    for b in (hindi, arabic, urdu):
        st = block_stats(b)
        assert st["end_punct"] == 1.0 and st["sent_per_100"] > 0, b.text
    assert block_stats(arabic)["comma_per_100"] > 0
    assert block_stats(B("नदी का पानी"))["end_punct"] == 0.0


def test_combining_marks_belong_to_their_word_not_to_punctuation():
    from boilerfilter.features import tokens
    thai = "กรุงเทพมหานคร เมื่อคืนที่ผ่านมาเกิดฝนตกหนัก"
    assert tokens(thai) == thai.split()
    st = block_stats(Block(text=thai, tag="p"))
    assert st["punct_share"] == 0.0
    assert tokens("café naïve") == ["café", "naïve"]
    assert tokens("cafe\u0301") == ["cafe\u0301"]  # an accent typed as a combining character


def test_topic_units_of_other_scripts():
    from boilerfilter.features import is_bigram_unit, topic_units
    assert topic_units("В Москве открылась новая станция") == {"москве", "открылась", "новая", "станция"}
    assert {"지하", "하철", "노선"} <= topic_units("지하철 신규 노선")
    assert topic_units("ฝนตกหนักทั่วกรุงเทพฯ") == set()  # no word boundaries: no units
    assert is_bigram_unit("지하") and is_bigram_unit("中文") and not is_bigram_unit("москве")


def test_radical_look_alikes_read_as_the_ideographs_they_stand_for():
    from boilerfilter.features import fold_artefacts

    clean = "今天大家一起献爱心，人人都是志愿者。"
    scraped = clean.replace("心", "\u2f3c").replace("一", "\u2f00").replace("人", "\u2f08")
    assert scraped != clean and fold_artefacts(scraped) == clean
    assert topic_units(scraped) == topic_units(clean)
    a, b = block_stats(Block(text=clean, tag="line")), block_stats(Block(text=scraped, tag="line"))
    assert a == b
    assert fold_artefacts("plain ASCII, 普通中文") == "plain ASCII, 普通中文"


def test_html_character_references_in_scraped_text_read_as_their_characters():
    from boilerfilter.features import fold_artefacts

    clean = "He said: “The line opens on Monday” — and it did. Tom & Jerry’s café…"
    scraped = ("He said: &#8220;The line opens on Monday&#8221; &mdash; and it did. "
               "Tom &amp; Jerry&#x2019;s caf&eacute;&hellip;")
    assert fold_artefacts(scraped) == clean
    assert block_stats(Block(text=scraped, tag="line")) == block_stats(Block(text=clean, tag="line"))
    rows = page_features([Block(text=scraped, tag="line"), Block(text="Menu", tag="line")], is_html=False)
    assert rows == page_features([Block(text=clean, tag="line"), Block(text="Menu", tag="line")], is_html=False)
    assert fold_artefacts("AT&T and R&D; 5 & 6") == "AT&T and R&D; 5 & 6"  # no reference, no change


def test_literal_html_tags_in_scraped_text_read_as_nothing():
    from boilerfilter.features import fold_artefacts

    clean = "县农业农村局的数据显示，全县已有四百多架植保无人机。今年还将组织培训。"
    scraped = '<p class="text">县农业农村局的数据显示，全县已有四百多架植保无人机。<br/>今年还将组织培训。<br></p>'
    assert fold_artefacts(scraped) == clean
    rows = page_features([Block(text=scraped, tag="line"), Block(text="Menu", tag="line")], is_html=False)
    assert rows == page_features([Block(text=clean, tag="line"), Block(text="Menu", tag="line")], is_html=False)
    # comparisons and other angle brackets are not tags
    for text in ("if a<b and c>d then", "x < 3 and y > 4", "<<Title>>", "A <Foo> template"):
        assert fold_artefacts(text) == text


def test_markdown_in_plain_text_reads_as_the_text_it_shows():
    from boilerfilter.features import fold_artefacts

    md = "## The **new** park, see [the plan](https://example.com/plan_(v2).pdf \"Plan\") and `code`"
    assert fold_artefacts(md, markdown=True) == "The new park, see the plan and code"
    assert fold_artefacts(md) == md  # HTML blocks: markdown-looking text is text
    for text in ("#1 hit of the year", "#Crypto news", "5 * 3 = 15", "a > b", "snake_case_name"):
        assert fold_artefacts(text, markdown=True) == text
    rows = page_features([Block(text="* [Home](https://example.com/)", tag="line", bullet="*", links=1, link_chars=4)],
                         is_html=False)
    # the link's text, not its URL, is what the line shows: 4 of "* Home"'s 6 characters
    assert rows[0]["link_density"] == 4 / 6 and rows[0]["log_chars"] == page_features(
        [Block(text="* Home", tag="line", bullet="*")], is_html=False)[0]["log_chars"]


def test_a_credit_after_a_caption_sentence_marks_a_caption():
    for t in ("Ông Nguyễn Văn Tư thu hoạch ca cao trong vườn nhà. Ảnh: Minh Khang",
              "Jane Fonda speaking at an antiwar rally in San Francisco, 1972. PHOTO: HBO",
              "Ein Linienbus an einer Haltestelle im Landkreis (Symbolbild).",
              "決勝で力泳する山本翔太＝東京アクアティクスセンターで2024年4月7日、撮影・佐藤健",
              "Usta Hüseyin Demirtaş örsünün başında bir tencereyi dövüyor. Fotoğraf: Murat Sönmez",
              "Budynek centrum badawczego przy ul. Przemysłowej. Fot. materiały prasowe LumaTech",
              "Keranjang kompos siap pakai dengan bantal sekam. (Foto: RumahHijau.id/Dimas Aditya)"):
        assert block_stats(Block(t, tag="line"))["caption_end"] == 1.0, t
    # a colon inside a sentence, or a credit word mid-line, is none
    for t in ("The photo: a study in light and shadow, taken at dawn over the bay.",
              "He said. Photo: the winning entry was chosen from 400 submissions, and it shows a heron."):
        assert block_stats(Block(t, tag="line"))["caption_end"] == 0.0, t


def test_follow_me_lines_count_as_calls_to_action():
    for t in ("喜歡這篇文章嗎？追蹤我的 Instagram 和粉絲專頁，第一時間看到新的分享！", "Follow us on Facebook for more recipes",
              "スマホひとつで顧客管理ができます。詳しくは公式サイトへ"):
        assert block_stats(Block(text=t, tag="line"))["v_cta"] >= 1, t


def test_back_to_top_links_count_as_navigation():
    for t in ("ページの先頭へ", "返回顶部", "Back to top"):
        assert block_stats(Block(text=t, tag="line"))["v_nav"] >= 1, t


def test_words_of_every_spaced_script_count_as_words():
    # a Greek, an Arabic and a Swedish line read as words (feature version 9), not as symbols;
    # a Chinese line's characters stay out of the word features
    for text in ("Τα ορεινά χωριά της Νάξου ξυπνούν νωρίς το πρωί.",
                 "الصوت متوازن بشكل عام مع جهير قوي.",
                 "Vispa ihop ägg och grädde, rör ner osten."):
        st = block_stats(Block(text, tag="line"))
        assert st["latin_share"] > 0.6 and st["word_len"] > 3, text
    assert block_stats(Block("县农业农村局的数据显示植保无人机已有四百多架。", tag="line"))["latin_share"] == 0.0
