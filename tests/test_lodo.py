"""training.lodo's per-language figures: each language's pages scored on their own."""
from boilerfilter.result import Block
from boilerfilter.metrics import page_scores
from training.corpus import LabelledPage
from training.lodo import by_language


def _page(pid: str, lang: str, texts: list[str], labels: list[int], gold: str) -> LabelledPage:
    blocks = tuple(Block(t, tag="p") for t in texts)
    lines = tuple(Block(t, tag="line") for t in texts)
    return LabelledPage("set", pid, "site", lang, "train", gold, blocks, labels, lines, labels)


def test_each_language_is_scored_on_its_own_pages_only():
    en = _page("a", "en", ["The council approved the new bridge over the river on Monday evening.", "Home | News"],
               [0, 1], "The council approved the new bridge over the river on Monday evening.")
    zh = _page("b", "zh", ["市政府周一晚间批准了横跨河流的新桥建设计划。", "首页 新闻 体育"],
               [0, 1], "市政府周一晚间批准了横跨河流的新桥建设计划。")
    other = _page("c", "other", ["Le conseil a approuvé le nouveau pont.", "Accueil"], [0, 1], "Le conseil")
    # en: content kept, menu dropped; zh: both kept (the menu leaks into the output)
    html = [[0.1, 0.9], [0.1, 0.2], [0.1, 0.9]]
    traf = {"a": page_scores("The council approved the new bridge", en.gold), "b": page_scores("", zh.gold)}
    out = by_language([en, zh, other], html, html, traf, 0.5, 0.5)
    assert set(out) == {"en", "zh"}  # no Japanese page: no row; "other" is not one of LANGS
    assert out["en"]["pages"] == out["zh"]["pages"] == 1
    assert out["en"]["boilerfilter"]["f1"] == 1.0 and out["zh"]["boilerfilter"]["precision"] < 1.0
    assert out["en"]["trafilatura"]["f1"] < 1.0 and out["zh"]["trafilatura"]["f1"] == 0.0
    assert out["en"]["text"]["boilerplate_removed"] == 1.0 and out["zh"]["text"]["boilerplate_removed"] == 0.0
