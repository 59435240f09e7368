"""Plain-text pages assembled from real parts, labelled by construction.

Real article paragraphs (the CC BY-SA encyclopedic paragraphs in ``cjk-text``) with
real boilerplate spliced in at the top, the bottom and mid-article: runs of
boilerplate lines of real flattened pages (lines the gold alignment labelled
boilerplate), runs of real news headlines (the MIT sohu sample) as bulleted link
titles, and several headlines glued into one long line. Chinese articles are also the
sohu sample's 100 news articles (cut into paragraphs of 1-3 sentences), half the
articles carry their title, and 30% of Chinese pages are converted to traditional
characters (OpenCC). This is what a scraper's flattened Chinese/Japanese page looks
like (shared/NOTES.md, finding 9); it is not a sample of any real site, and its
Japanese article parts are encyclopedic prose, not news.
Only permissively licensed parts are used (core issue's licence rule).
"""
from __future__ import annotations

import functools
import gzip
import json
import random
import re
from collections import defaultdict

from boilerfilter.align import BOILERPLATE
from boilerfilter.devdata import data_dir
from boilerfilter.result import Block
from boilerfilter.segment import segment_text

#: Share of assembled pages with the article's title above it, and the shortest title
#: used (encyclopedia entry names are often 2-3 characters). Chosen, not tuned: about
#: half of the real pages' gold texts start with the title.
TITLE_SHARE = 0.5
TITLE_MIN = 6
#: Share of assembled Chinese pages converted to traditional characters (the sources are
#: simplified; the mission asks for both). Chosen, not tuned.
TRADITIONAL_SHARE = 0.3

_BULLETS = ["- ", "• ", "・", "· ", "■ ", "▶ ", "* ", ""]

# Promo blocks for unrelated products, composed from parts written for this project
# (issue 6: "an advertisement for an unrelated product inserted between the article's
# summary and its body"). Parts are recombined at random so that no one phrase is
# the signal; the model has to use the block's shape, its call-to-action wording and
# its topic being foreign to the article.
_PROMO = {
    "ja": {
        "name": ["{x}クラウド", "{x}ナビ", "{x}Pro", "{x}アシスト", "{x}One", "{x}ワークス", "{x}プラス"],
        "stem": ["スマート", "ラク", "ミライ", "カンタン", "ビズ", "データ", "アド", "ネクスト", "Rank", "Sales"],
        "task": ["経費精算", "勤怠管理", "請求書の作成", "SNS運用", "英会話の練習", "広告運用", "在庫管理",
                 "採用活動", "資産運用", "サイト分析", "顧客管理", "オンライン会議"],
        "slogan": ["{task}、まだ手作業で続けますか？", "{task}の悩み、まとめて解決。", "もう{task}で迷わない。",
                   "{task}をもっと自由に。", "面倒な{task}は、今日で終わり。"],
        "product": ["{task}なら「{name}」", "「{name}」で{task}をまるごと自動化", "話題の「{name}」が新登場",
                    "{task}をはじめるなら「{name}」がおすすめ"],
        "benefit": ["導入企業は{n}社を突破し、作業時間を平均{p}%削減しています。",
                    "スマホひとつで、いつでもどこでも{task}ができます。",
                    "専門知識がなくても、画面の案内に沿うだけで始められます。",
                    "今なら初月の利用料が{p}%オフになるキャンペーン実施中です。"],
        "cta": ["まずは無料でお試しください", "{n}日間の無料体験はこちら", "登録は{m}分、カード情報の入力は不要です",
                "今すぐダウンロード", "詳しくは公式サイトへ", "資料請求（無料）はこちらから", "お申し込みは今月末まで"],
    },
    "zh": {
        "name": ["{x}云", "{x}助手", "{x}Pro", "{x}宝", "{x}通", "{x}管家", "{x}Plus"],
        "stem": ["智慧", "快易", "未来", "极简", "云帆", "数据", "Rank", "优选", "星图", "Smart"],
        "task": ["报销审批", "考勤管理", "开发票", "社群运营", "英语口语", "广告投放", "库存管理",
                 "招聘", "理财", "网站分析", "客户管理", "视频会议"],
        "slogan": ["{task}还在靠手工？", "{task}难题，一次解决。", "告别繁琐的{task}。", "让{task}更轻松。",
                   "{task}，原来可以这么简单！"],
        "product": ["{task}就用「{name}」", "「{name}」帮你自动完成{task}", "全新「{name}」重磅上线",
                    "做{task}，首选【{name}】"],
        "benefit": ["已有{n}家企业选择，平均节省{p}%的工作时间。", "一部手机，随时随地完成{task}。",
                    "无需专业知识，跟着提示操作即可上手。", "限时优惠，新用户首月立减{p}%。"],
        "cta": ["立即免费试用", "点击领取{n}天免费体验", "{m}分钟完成注册，无需绑定银行卡", "马上下载APP",
                "详情请访问官网", "扫码添加客服，免费领取资料", "活动截止到本月底"],
    },
}


def promo(lang: str, rng: random.Random) -> list[str]:
    """One promo block (2-5 lines, sometimes glued into one paragraph) in ``lang``."""
    parts = _PROMO[lang]
    fill = {"task": rng.choice(parts["task"]), "n": rng.choice([3, 7, 14, 30, 500, 1200, 8000]),
            "p": rng.choice([10, 20, 30, 50]), "m": rng.choice([1, 3, 5])}
    fill["name"] = rng.choice(parts["name"]).format(x=rng.choice(parts["stem"]))
    lines = [rng.choice(parts[k]).format(**fill) for k in ("slogan", "product", "benefit", "cta")
             if k in ("product", "cta") or rng.random() < 0.7]
    if rng.random() < 0.4:
        lines.append(rng.choice(parts["cta"]).format(**fill))
    if rng.random() < 0.25:
        lines = [("" if lang in ("ja", "zh") else " ").join(lines)]
    return lines


def _jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def wiki_articles(lang: str, root=None) -> list[tuple[str, list[str]]]:
    """Encyclopedic paragraphs grouped by their source article, with its title."""
    base = data_dir(root) / "cjk-text" / f"{lang}-wiki-paragraphs" / "paragraphs.jsonl.gz"
    groups = defaultdict(list)
    for rec in _jsonl(base):
        groups[rec.get("source", "")].append(rec["text"].strip())
    return [(src.rsplit(":", 1)[-1].strip(), v) for src, v in groups.items() if v]


#: A sentence with its closing quote, if any: news bodies in the sohu sample are one
#: line each; they are cut into paragraphs of 1-3 sentences, as a news page has them.
_SENTENCE = re.compile(r"[^。！？]+[。！？]+[”」』]?|[^。！？]+$")


def news_articles(root=None, seed: int = 0) -> list[tuple[str, list[str]]]:
    """Real Chinese news articles (MIT sohu sample): headline and paragraphs."""
    rng = random.Random(seed)
    base = data_dir(root) / "cjk-text" / "sohu-news-sample-zh" / "news.jsonl.gz"
    out = []
    for rec in _jsonl(base):
        body = " ".join((rec.get("body") or "").split())
        sents = [x.strip() for x in _SENTENCE.findall(body) if x.strip()]
        paras = []
        while sents:
            k = rng.randint(1, 3)
            paras.append("".join(sents[:k]))
            sents = sents[k:]
        paras = [x for x in paras if len(x) >= 8]
        if rec.get("headline") and len(paras) >= 2:
            out.append((_headline(rec["headline"]), paras))
    return out


def article_pool(lang: str, root=None) -> list[tuple[str, list[str]]]:
    """The articles assembled pages are built around: encyclopedic ones, and real news for Chinese."""
    return wiki_articles(lang, root) + (news_articles(root) if lang == "zh" else [])


@functools.lru_cache(maxsize=1)
def _s2t():
    """OpenCC's simplified-to-traditional converter, built once (it loads its dictionaries)."""
    try:
        import opencc  # the `train` extra: only the training recipe converts
    except ImportError as exc:
        raise ImportError("training needs OpenCC to convert Chinese pages: pip install '.[train]'") from exc
    return opencc.OpenCC("s2t")


def to_traditional(lines: list[str]) -> list[str]:
    """The lines in traditional characters (OpenCC's s2t), for traditional Chinese pages."""
    conv = _s2t()
    return [conv.convert(x) for x in lines]


def headlines(root=None) -> list[str]:
    """Real Chinese news headlines (MIT sohu sample)."""
    base = data_dir(root) / "cjk-text" / "sohu-news-sample-zh" / "news.jsonl.gz"
    return [_headline(r["headline"]) for r in _jsonl(base) if r.get("headline", "").strip()]


def _headline(text: str) -> str:
    """A headline on one line: some carry a tag line above them ("原创")."""
    return text.strip().splitlines()[-1].strip()


def boilerplate_runs(pages, langs=("zh", "ja")) -> list[list[str]]:
    """Runs of consecutive boilerplate lines from flattened training pages."""
    runs = []
    for p in pages:
        if p.lang not in langs or p.split != "train":
            continue
        cur = []
        for b, lab in zip(p.text_blocks, p.text_labels):
            if lab == BOILERPLATE:
                cur.append(b.text)
            else:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = []
        if len(cur) >= 2:
            runs.append(cur)
    return runs


def assemble(articles, runs, heads, n_pages: int, seed: int = 0,
             lang: str | None = None) -> list[tuple[tuple[Block, ...], list[int]]]:
    """``n_pages`` assembled pages as (blocks, labels), labels 0 content / 1 boilerplate."""
    rng = random.Random(seed)
    out = []
    for _ in range(n_pages):
        title, art = rng.choice(articles)
        k = rng.randint(2, min(10, len(art))) if len(art) >= 2 else 1
        paras = art[:k]
        lines: list[tuple[str, int]] = [(t, 0) for t in paras]
        # the article's own title above it, when it reads as one (an encyclopedia
        # entry's name of a few characters is not a page title)
        title_line = [(title, 0)] if len(title) >= TITLE_MIN and rng.random() < TITLE_SHARE else []

        def junk() -> list[tuple[str, int]]:
            kind = rng.random()
            if kind < 0.4 and heads:
                bullet = rng.choice(_BULLETS)
                return [(bullet + h, 1) for h in rng.sample(heads, rng.randint(3, 12))]
            if kind < 0.55 and heads:
                # glued headlines: separated by spaces, by nothing, or by a bar
                glue = rng.choice([" ", "", "  ", " | "])
                return [(glue.join(rng.sample(heads, rng.randint(4, 9))), 1)]
            run = rng.choice(runs)
            a = rng.randrange(len(run))
            return [(t, 1) for t in run[a:a + rng.randint(2, 12)]]

        where = rng.random()
        if where < 0.4:
            lines = junk() + title_line + lines
        elif where < 0.7:
            lines = title_line + lines + junk()
        else:
            lines = junk() + title_line + lines + junk()
        if len(paras) >= 3 and rng.random() < 0.35:  # mid-article splice
            cut = rng.randint(1, len(paras) - 1)
            first = next(i for i, (_, lab) in enumerate(lines) if lab == 0) + len(title_line)
            lines[first + cut:first + cut] = junk()
        if lang in _PROMO and len(paras) >= 2 and rng.random() < 0.3:
            # a promo after the summary (the first paragraph), or anywhere mid-article
            cut = 1 if rng.random() < 0.6 else rng.randint(1, len(paras) - 1)
            first = next(i for i, (_, lab) in enumerate(lines) if lab == 0) + len(title_line)
            lines[first + cut:first + cut] = [(t, 1) for t in promo(lang, rng)]
        texts = [t for t, _ in lines]
        if lang == "zh" and rng.random() < TRADITIONAL_SHARE:
            texts = to_traditional(texts)
        blocks = segment_text("\n".join(texts)).blocks
        labels = [lab for t, lab in lines if t.strip()]
        if len(blocks) == len(labels):
            out.append((blocks, labels))
    return out
