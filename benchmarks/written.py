#!/usr/bin/env python
"""Plain-text mode on flattened pages written for this project: ``python benchmarks/written.py [--model M] [-v]``.

One hundred and eighty-one pages. Nine were written first: four in the shapes issue 6 describes, written
by hand for this project (no third-party text): a traditional Chinese news page
(breadcrumb, byline, a caption credit, a related-links list mid-article, an English
quotation paragraph, glued headlines, a copyright line), a simplified Chinese one (a run
of game-guide link titles above it, source and editor lines, captions, glued headlines),
a Japanese blog post (a table of contents whose entries come back as headings, a promo
for an unrelated product after the summary, an author box, share buttons, related links)
and an English news page; three short news pages in Russian, Korean and Thai, scripts
the training data hardly holds (each under 0.1% of its letters); and two in German and
Spanish, Latin script but languages the training data hardly holds. Four more were
written later, all in issue 6's shapes: a simplified Chinese tech news page (tags, a
reprint notice, a "URL copied" toast, a run of game-guide titles, an empty "references"
heading, glued headlines), a Japanese business page with an SEO-tool promo between its
summary and its body, a traditional Chinese page with scraped artefacts (Kangxi
radicals, ``&quot;``, ``&gt;``) and an English blog post (cookie banner, photo line,
newsletter box, tags). On their first run 5 of their 90 lines were wrong; two of those
failures then led to ``revise.PROMO_LINES`` and ``revise.CAPTION_START``. Four more came
in the next session, again before any change: a simplified Chinese history feature (a
promo block between its first paragraph and the body, short quoted dialogue lines, a
disclaimer, a numbered run of game-guide titles), a Japanese news page whose table of
contents comes back as headings (a "URL copied" toast, 【】 headlines, an empty
"references" heading), a traditional Chinese travel forum post with full-width letters
and a zero-width space, and an English recipe (ingredient lines without sentence ends).
On their first run 8 of their 107 lines were wrong; three of those failures led to
a table-of-contents fix, "写真はイメージです" as a caption credit and recipe-blog calls
to action, and 5 are left (two titles, a travel-diary paragraph judged off topic, two
short headings). Four more in session 10, again before any change: a simplified Chinese
health page (a bulleted run of game-guide titles above it, "（资料图）" and "截图" captions,
subheadings after captions, a WeChat reprint notice, an empty "相关阅读" / "参考文献", a
glued clickbait line), a Japanese home-office post (a "URL copied" toast, a table of
contents, an author line, an SEO-tool promo whose words share katakana fragments with the
post), a traditional Chinese sports page ("（資料照）" caption, reprint notice, a cookie
notice in Chinese) and an English science page (share buttons, a "(File photo)" caption,
a newsletter box, a disclaimer). On their first run 7 of their 93 lines were wrong; the
failures led to katakana words as topic units, captions dropped at any score, "資料照"
credits, Chinese cookie notices, disclaimer phrases and subheadings inside the core.
Four more later in session 10, after those changes and before the next: a simplified
Chinese finance page (a numbered hot list, a glued nav line, an inline ad, quoted
speech, "（完）", a disclaimer, a glued "猜你喜欢" line), a Japanese business page (a
table of contents, a "PR" promo with no call to action after it, an English quotation,
a feedback box), a traditional Chinese how-to ("&nbsp;" left in, a "（圖片來源：…）"
credit, an inline "延伸閱讀：〈…〉" line) and an English gardening how-to (a list of
things you need without bullets, short subheadings, a comment). On their first run 11
of their 85 lines were wrong, 8 of them the English page's list and subheadings; the
credit led to longer bracketed credits in features._CAPTION_END, and the promo to
revise.PROMO_AFTER. Three more after that, before the next change: a simplified Chinese
science page (a header run holding the title, a numeric character reference, a
"（图片来源：…）" credit, a bulleted "相关推荐" run), a Japanese recipe (a header run holding
the title, an ingredient list of "name　amount" lines, numbered steps) and an English
local news page (byline and date lines under the title, an "Advertisement" marker
mid-article, an inline "Read more:" link, a newsletter box). On their first run 10 of
their 58 lines were wrong; two titles lost to their header runs led to
revise.LEAD_RUN_TITLE, and 8 are left: the ingredient list and its two headings, the
English title below a menu run and above its byline, and the "Read more:" line.
Nine more in session 11, written by a separate helper session that was shown the issue's
shapes but not the code: two simplified and two traditional Chinese pages (a tech
explainer with an SEO-style promo after its summary, a WeChat reprint notice and a
bulleted tips list; a food feature with an unbracketed "圖／…攝" credit and a numbered tips
list after the article; a sports report with a bulleted all-star list; a local news page),
three Japanese (a shop feature with a "（写真：筆者撮影）" caption, a gadget review with a
breadcrumb, a table of contents, an SEO-tool promo and an author box, a how-to column)
and two English (a news story; a blog post with a glued "About the author:" box). On
their first run 26 of their 242 lines were wrong; they led to revise.AUTHOR_BOX,
revise.REPRINT, revise.CRUMB_SEPS, revise.BYLINE_TITLE, revise.PROMO_PROSE_STOP,
revise.PROSE_CJK_CHARS, revise.LIST_ITEMS and two caption-credit forms in
features._CAPTION_END, after which 5 are wrong. Six more by a second helper session later in
session 11, in other article types: a Q&A thread (answers are content, vote counts are
not), an encyclopedia entry with a glued table of contents and a promo after an ad label,
a product page with a spec list, a school notice with an ad between its paragraphs, a
Japanese blog post and an English garden diary with an "Advertisement" block. On their
first run 19 of their 158 lines were wrong; they led to revise.AD_MARKER, revise.SHORT_NAV,
"(my photo)" credits and no breadcrumb separator in a subheading, after which 12 are wrong
(8 of them the product page's description and spec list). Six more by a third helper
session: a game patch story, a market report, celebrity news, a health Q&A column (zh,
ja), a Korean district announcement and a French travel blog post. On their first run 18
of their 164 lines were wrong (12 of them on the French page, whose promo the model did
not know: no French call-to-action words); they led to calls to action in six more
languages in data/vocab/cta.txt, revise.STAMPED_NO_TITLE, revise.RELATED_LEAD and Korean
photo credits, after which 14 are wrong (11 on the French page). Six more by a fourth
helper session after every change of session 11, and not tuned on (a science story, an
earnings report, a car review, a city disaster report, a cooking column, a book review
blog): 7 of their 146 lines wrong on their first run (an opening "（资料图）" caption, two
subheadings, a pros-and-cons list, an ingredient heading, a review's closing sentence).
Six more by a fifth helper session at the start of session 12, before any change of it: a
simplified Chinese policy explainer (numbered "一、" subheadings, "问：/答：" lines, a
game-guide run, a reprint notice, glued headlines), a traditional Chinese phone review (a
VPN promo after the intro, a spec list, pros and cons as two short lists), a Japanese
interview (a table of contents whose entries come back as headings, a "URL copied" toast,
an interviewee profile box), an English match report (a results table, a time-stamped
live-updates sidebar), a Japanese hot-spring guide (a full-width "＞" breadcrumb, a booking
ad between summary and body, an access list) and a simplified Chinese forum Q&A (floor
numbers, like counts, a hot-posts sidebar). On their first run 29 of their 201 lines were
wrong, 19 of them the phone review (its headings, spec list, pros and cons and closing
paragraph, on a page whose paragraphs the model scores 0.4-0.7); the breadcrumb led to
full-width separators in revise._CRUMB_SEP. Six more by a sixth helper session at the
start of session 13, before any change they led to: a simplified Chinese local news page
(a bulleted game-guide run, an editor line, a "（资料图）" caption, an empty "参考资料",
glued headlines), a traditional Chinese restaurant review (an app promo after the first
paragraph, a priced menu list), a Japanese timetable explainer (a table of contents, a
"URL copied" toast, an author profile), an English blender review (a spec list, pros and
cons, an affiliate disclosure, a newsletter box), a simplified Chinese Q&A thread (reply
bylines with relative times, vote lines) and a Japanese festival report (an English
quotation, a "＝撮影・…" credit, a reprint notice). On their first run 25 of their 190 lines
were wrong; they led to revise.STAMPED_NO_SUBHEADING, "＝撮影" credits in
features._CAPTION_END, Japanese reprint notices in revise.REPRINT, revise.DISCLOSURE and
"in your inbox" in data/vocab/cta.txt; 19 are wrong now. Seven more by a seventh helper
session at the start of session 14, before any change of it: a simplified Chinese enrolment
story (a bulleted game-guide run, "（一）…（三）" items, a WeChat reprint notice, an empty
"参考资料", glued headlines), a simplified Chinese router how-to (a SaaS promo after the
summary, numbered steps, a "链接已复制" toast), a traditional Chinese culture story (full-width
digits, "&#12288;", Kangxi radicals, a "延伸閱讀" list mid-article), a Japanese regional news
page (a table of contents, an author box), a Japanese gadget review (an SEO-tool promo, a
spec list, pros and cons), an English library notice and a Vietnamese news story (its first
page in that language). On their first run 27 of their 225 lines were wrong; they led to
revise.RELATED_INSIDE (with related-reading headings in seven more languages),
revise.RELATED_RESUME, revise.LIST_GOES_ON, revise.BYLINE_STAYS_OUT, revise._CRUMB_ONE, a
list under a related-reading heading no longer kept as the article's, and "Ảnh: …" credits
in features._CAPTION_END, after which 18 are wrong (14 of them the review's spec list, pros
and cons). Seven more by an eighth helper session later in session 14, after those changes
and before the next: a simplified Chinese market report (a flattened sector table, "（完）",
a risk disclaimer, a numbered hot list), a traditional Chinese PTT-style forum post (push
lines), a Japanese press release (label-value summary, company profile, contact block), a
Japanese recipe blog (ingredient lines, an affiliate box, an author profile), an English
laptop review (spec lines, liked / disliked lists, an affiliate disclosure), a German
regional news story ("Foto: dpa", "(Symbolbild)", an "Anzeige" block, "Lesen Sie auch:")
and a simplified Chinese hospital science post (a WeChat header, an author and reviewer
line, "问：/答：" lines). On their first run 44 of their 231 lines were wrong, 29 of them
lists and tables of the article with their headings; they led to revise.AD_LABEL,
revise.CREDIT_LINE, revise.TITLE_NOT_META, German stock-photo marks in
features._CAPTION_END and three German calls to action, after which 39 were wrong; then to
revise.PIPE_TABLES (a table with " | " between cells) and revise.LIST_NAME_IN_CORE (an
ingredient named in the recipe's steps), after which 24 are, and a session-10 Japanese
recipe's ingredient list (6 lines) is kept too. Seven more by a ninth helper session after
every change above (a water-outage notice, a car review with a game-guide run and a spec
list, entertainment news, a swimming report with a results table, a Q&A page, a wire story
with "Advertisement" markers, a Spanish news story): on their first run 25 of their 204
lines were wrong (long captions the model is sure of, a results table with full-width
spaces, answer counters, a notice's signature block, the car review's spec list); the
spec list led to revise.LABEL_VALUE_AFTER and the swimming report's caption to newspaper
credits with a place and date before them in features._CAPTION_END, after which 18 are.
Seven more by a tenth helper session at the start of session 15, before any change of it:
a simplified Chinese power-station review (an ad between standfirst and body, a spec list,
pros and cons under their headings, "图：…" caption), a simplified Chinese district notice
(a "发布时间 / 来源 / 浏览次数" line, signature and date lines, attachment downloads), a
traditional Chinese rental forum thread (replies as content, Kangxi radicals, ``&quot;``),
a Japanese blog how-to (a table of contents repeating its headings, an affiliate
disclosure, an author bio), a Japanese news story (a "PR" job-service ad after the
standfirst, a table with full-width bars, "（資料写真）"), an English feature (a pull
quote, a "Related" box mid-article, a long caption, an author bio) and a Portuguese news
story ("Publicidade", "(Foto de arquivo)", "Leia também:"). On their first run 35 of
their 256 lines were wrong; they led to "Related" alone as a related-reading heading and
revise.RELATED_TEASERS, revise.AD_LABEL_OPENS, revise.META_FIELDS, full-width bars in
revise.PIPE_TABLES, "图：" in revise.CAPTION_START, revise.LIST_RESUMES and
revise.LIST_SUBHEADS, more ad labels and stock-photo marks, after which 11 were wrong (10
after the next changes).
Seven more by an eleventh helper session after those changes (and a Japanese short-line
rule not yet committed): a simplified Chinese game-news page (a bulleted run of 《game》
guide titles, a pipe table without digits, a glued clickbait line ending in mojibake), a
simplified Chinese medical FAQ (doctor cards, "[咨询医生]" buttons, a hospital ad), a
traditional Chinese travel itinerary (opening-hours lines, "▲" captions, a hotel promo),
a Japanese IR release (numbered points, figures, a disclaimer, a contact block), a
Japanese book-review blog (an affiliate box, ranking banners, an author bio), an English
Raspberry Pi tutorial (command lines, an "Advertisement" promo between steps) and an
Italian news story ("Leggi anche:", "Pubblicità"). On their first run 34 of their 256
lines were wrong; they led to revise.PIPE_TABLES_BETWEEN, German, French, Spanish,
Portuguese, Italian and Vietnamese related-reading leads, "相关问题", more attribute labels
in revise.META_FIELDS and follow-me calls to action, after which 24 were wrong (22 after
revise.NUMBERED_HEADS). Seven more by a twelfth helper session after those changes: a
simplified Chinese WeChat article ("01｜…" headings, a "【福利】" livestream promo, a "往期推荐"
list, Kangxi radicals), a simplified Chinese product page (a "品牌|轻旅" spec table, coupons,
reviews), a Hong Kong entertainment story ("圖：…" captions, a Cantonese quote, a glued
clickbait line), a Japanese municipal notice (a fee table with "|", page tools, a PDF
notice), a Japanese Q&A thread (best answer, "ナイス！" counters, rank lines), an English
local news story (a newsletter box and a video block in its body) and an English recipe
blog (nutrition lines, a comment section). On their first run 43 of their 262 lines were
wrong; they led to revise.PIPE_PAIRS, "03｜" numbering in revise.NUMBERED_HEADS and
revise.CAPTION_LABEL_CJK, after which 37 were wrong (16 of them the product page; 35
after revise.OFF_TOPIC_CORE). Eight more by a thirteenth helper session, Chinese and
Japanese only and in issue 6's shapes, after those changes: a science story (a run of
《game》 guide titles, a reprint notice, an empty "参考文献", Kangxi radicals), a finance story
(a promo between standfirst and body wrapped in "链接已复制" / "展开全文", a glued clickbait
line mid-article, a rate table), a home-cooking column and a personal essay with almost no
boilerplate, a Taichung local news story (artefacts, a game-guide run at the bottom), a
Japanese football report (a timeline, a standings table, 「…」 quotes), a Japanese tech blog
(a promo after the summary, an empty 目次) and a Japanese history piece (a glued clickbait
line mid-article, an empty "参考資料"). On their first run 48 of their 255 lines were wrong,
21 of them the cooking column, whose two-line core made its method "off topic"; that led to
revise.OFF_TOPIC_CORE, after which 41 are wrong.
Sixteen more in session 16, by two helper sessions asked for genres the earlier pages
lack: eight in Chinese, Japanese and English (a shop's product page with a spec table and
reviews, a forum thread, a government notice republished by a news site, an interview, a
job posting, software documentation, a marathon live blog, a real-estate listing) and
eight in languages the training data hardly holds (a Korean forum thread, a German product
page, a French recipe, a Spanish town-hall notice, a Russian match report, a Portuguese
job posting, a Vietnamese travel blog, an Arabic press release). On their first run 97 of
the first eight's 438 lines were wrong and 124 of the other eight's 414: tables whose
heading the model drops, lists, product facts and the other languages' furniture words.
They led to revise.TABLE_IN_CORE, revise.LIST_AFTER_CUED and revise.LIST_COUNTED.
Eight more at the end of that session, after all its changes and not tuned on: a Chinese
Q&A answer, a Taichung noodle-shop review, a Japanese encyclopedia entry on a wiki
mirror, an English obituary, and an Indonesian event listing, an Italian school
circular, a Turkish press release and a Polish travel blog. On their first run 63 of
their 446 lines were wrong (27 of 245 in Chinese, Japanese and English; 36 of 201 in the
other four languages); the session's start rules, on the same scores, got 72 wrong.
Sixteen more in session 17 by two helper sessions, before any change of that session's
rules: eight Chinese and Japanese pages in issue 6's shapes (game-guide title runs, glued
clickbait lines, reprint notices, a promo after the summary, tables of contents, Kangxi
radicals and HTML entities left in; a product review, a forum thread, a recipe, a
how-to, an event guide, a press release, an interview) and eight in English, German,
Spanish, French, Dutch, Swedish and Thai (software documentation, a forum thread, a
municipal notice, a match report, a recipe, a shop's product page, a job posting, a live
blog). On their first run 162 of their 785 lines were wrong (76 of 366 in Chinese and
Japanese, 86 of 419 in the others), most of them lists and facts under a heading the
model drops; they led to revise.LIST_FACTS, revise.LIST_TRAILING_CUED,
revise.LIST_AFTER_CAPTION and more caption credits in features._CAPTION_END.
Sixteen more in session 18 by two helper sessions, before any change of that session's
rules: eight Chinese and Japanese pages (a Q&A answer, a robot-vacuum review with a spec
list, pros and cons and a promo after the summary, a city's subsidy notice with an
attachment list, a commencement story with Kangxi radicals and "&nbsp;" left in, a
motorcycle forum thread, a press release with a company profile, a gardening blog, a
health column with a promo and a game-guide run) and eight in English, German, Italian,
Portuguese, Polish, Indonesian and Turkish (a forum thread, a vacuum review, a
university notice, a recipe, a live blog, a press release, a compost how-to, a
feature). On their first run 125 of their 887 lines were wrong (74 of 442 in Chinese
and Japanese, 51 of 445 in the others), most of them lists of facts, a press release's
parts and a review's pros and cons; they led to revise.LIST_FACT_ROWS, revise.LIST_PARTS,
revise.LIST_INTRO_HOLDS, revise.LIST_AD_NOUN, revise.LIST_TOC_HEADS and more photo
credits in features._CAPTION_END. Eight more by a third helper session after all those
changes (zh news with a game-guide run, a WeChat explainer with a promo, a Taiwanese
travel blog, a ja news page with a contents list, a ja vacuum review, an English obituary
and how-to, a French news story): 35 of their 394 lines wrong on the first run (55 with
the session's start rules on the same scores); a table of tab-separated cells among them
led to segment._norm_line.
Every line carries its label (C content, B boilerplate) before a ``|``.

It prints, per page, the lines decided wrongly and the count; with ``-v`` every line.
They are few pages and we wrote them: a check that the described shapes are handled,
not a measure of quality (``benchmarks/quality.py`` and ``training/calibrate.py`` are).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from boilerfilter import BoilerFilter  # noqa: E402

# label: B boilerplate, C content
ZH_TW = """B|首頁 > 新聞 > 生活
B|分享
B|字級
B|記者王怡婷／台北報導
B|2024年3月18日 下午4:12
C|捷運新線通車首週 日均運量突破十二萬人次
C|\u3000\u3000北市捷運新路線上週六正式通車，首週平均每日運量達到十二萬三千人次，比交通局原先預估的十萬人次高出兩成。不少沿線居民表示，過去通勤要轉乘兩次公車，現在搭捷運二十分鐘就能抵達市中心。
B|▲ 通車首日，民眾在月台排隊搭乘新路線列車。（圖／記者林志豪攝）
C|\u3000\u3000家住沿線的陳太太說：「以前早上六點半就要出門，現在可以多睡半小時，孩子上學也方便多了。」她也提到，車站出口離市場很近，週末買菜變得輕鬆許多。
C|\u3000\u3000不過，也有乘客反映尖峰時段班距過長，月台擠滿人潮。對此，捷運公司表示，目前尖峰班距為五分鐘，將視運量調整為四分鐘，並加派站務人員引導乘客分散候車。
B|延伸閱讀
B|．北市公車路線大調整　這12條路線下月起改道
B|．機車族注意！這些路口即日起實施兩段式左轉
B|．票價優惠方案出爐　通勤月票最高省千元
C|沿線商圈看好人潮效應
C|\u3000\u3000車站周邊的商家也感受到通車帶來的人潮。一家開業二十年的麵店老闆表示，通車後中午來客數明顯增加，「很多都是以前沒看過的新面孔」。部分業者計畫延長營業時間，並推出捷運乘客專屬的優惠。
C|\u3000\u3000A visiting transport researcher from Singapore, who rode the line on its first day, said the design of the stations was "practical and easy to navigate", and noted that transfers to bus routes were clearly signposted.
C|\u3000\u3000交通局長在記者會上強調，新路線只是第一步，後續將持續檢討接駁公車路線，並研議在部分車站增設自行車停車位，讓「最後一哩路」更加便利。
B|（資料照）
B|※本文版權所有，非經授權，不得轉載。
B|更多新聞
B|藝人驚爆婚變內幕曝光網友全傻眼　每天喝這杯竟讓血糖狂降　球星深夜發文引熱議　月薪三萬如何存到第一桶金　這三種食物千萬別放冰箱
B|看更多
B|Copyright © 2024 台北日報 All Rights Reserved.
"""

ZH_CN = """B|· 《原神》新版本角色强度排行，这三位必抽
B|· 《王者荣耀》S35赛季上分英雄推荐，打野首选
B|· 《崩坏：星穹铁道》忘却之庭满星攻略，平民也能过
B|· 《明日方舟》新活动关卡低配通关思路
B|· 《蛋仔派对》隐藏地图入口全收集
B|· 《和平精英》新枪械伤害实测，值得换吗
B|首页
B|财经
C|多地推出以旧换新补贴 家电消费回暖明显
B|来源：经济日报　　作者：李明
B|2024-05-06 09:30
B|分享到：
C|今年以来，多个省市陆续推出家电以旧换新补贴政策，带动家电消费明显回暖。记者在多家大型卖场走访发现，节能冰箱、变频空调等产品销量同比增长超过三成。
C|“补贴加上商家的优惠，买一台一级能效的空调能省下七八百元。”正在选购空调的市民张女士告诉记者，家里的旧空调用了十多年，耗电量大，这次正好趁着补贴换新。
B|（资料图）
C|业内人士分析，以旧换新政策不仅释放了消费需求，也推动了废旧家电的规范回收。过去不少旧家电流入小作坊拆解，既浪费资源又污染环境，如今通过正规渠道回收，拆解后的金属、塑料可以再利用。
B|图片来源：网络截图
C|不过也有消费者反映，部分商家在补贴期间先涨价后打折，实际优惠并不明显。对此，市场监管部门表示，将加强价格监督检查，严厉查处虚假优惠等违法行为。
B|责任编辑：王芳
B|举报/反馈
B|相关阅读
B|女子吃了这种水果后全身起疹子医生紧急提醒|男篮主帅赛后怒斥裁判引发热议|这个动作每天做十分钟腰痛消失了|顶流明星机场素颜照曝光判若两人|退休金上调方案公布这几类人涨得多
B|加载更多
"""

JA = """B|ホーム
B|ブログ
B|ライフハック
B|2024.04.12
B|この記事は約5分で読めます。
C|在宅ワークで肩こりを防ぐ、デスク環境の整え方
C|在宅ワークが続くと、気づかないうちに肩や首に負担がかかっています。この記事では、特別な道具を買わなくてもできるデスク環境の見直し方を紹介します。
B|目次
B|1. モニターの高さを目線に合わせる
B|2. 椅子と机の高さを調整する
B|3. 一時間に一度は立ち上がる
B|4. まとめ
B|もう、集客に悩まない。
B|予約管理から顧客分析までこれ一つ「リザーブクラウド」
B|面倒な予約受付を自動化して、本業に集中できます。
B|今なら30日間無料、カード登録不要
B|最短5分で導入完了
C|モニターの高さを目線に合わせる
C|ノートパソコンをそのまま机に置いて使うと、画面を見下ろす姿勢になり、首が前に出てしまいます。本や箱を使って画面の上端が目の高さに来るように持ち上げるだけで、首への負担はかなり減ります。
B|画像：筆者撮影
C|椅子と机の高さを調整する
C|椅子に座ったとき、ひじが九十度くらいに曲がり、キーボードに自然に手が届く高さが理想です。椅子が高すぎる場合は足元に台を置き、足の裏がしっかり床につくようにしましょう。
C|一時間に一度は立ち上がる
C|どれだけ環境を整えても、同じ姿勢を長時間続けると体は固まってしまいます。タイマーを使って一時間ごとに立ち上がり、肩を回したり水を飲んだりする習慣をつけるのがおすすめです。
C|まとめ
C|モニターの高さ、椅子と机の関係、そしてこまめな休憩。この三つを意識するだけで、在宅ワークの疲れ方は大きく変わります。まずはできるところから試してみてください。
B|この記事を書いた人
B|山田 花子
B|フリーランスのライター。暮らしと働き方に関する記事を中心に執筆しています。
B|シェアする
B|Twitter Facebook はてブ LINE
B|URLをコピーしました！
B|関連記事
B|在宅ワークにおすすめの椅子10選【2024年版】
B|集中力が続かない人が試すべき5つの方法
B|デスク周りをすっきりさせる収納アイデア
B|人気記事ランキング
B|© 2024 くらしメモ
"""

EN = """B|Skip to main content
B|Home / Science / Space
B|Share on Facebook
B|By Laura Mendez | Published March 4, 2024
C|Amateur astronomers help track a fading comet
C|When a comet that had been expected to brighten this spring instead began to fade, professional observatories had already moved on to other targets. Amateur astronomers did not.
C|Over six weeks, more than two hundred hobbyists in fourteen countries sent in measurements of the comet's brightness, taken with backyard telescopes and ordinary cameras. Together, they produced one of the most complete records ever made of a comet breaking apart.
B|Photo: A volunteer sets up a telescope in a rural field. (Courtesy of the observers' network)
C|"We had people observing from balconies in cities and from farms with no lights for miles," said the coordinator of the project. "The data is noisier than what a big telescope gives you, but there is so much of it that the trend is very clear."
B|Advertisement
B|Related: Five meteor showers to watch this year
C|Why amateurs still matter
C|Large telescopes are booked months in advance, and a sudden event rarely fits their schedules. Amateur networks can react within hours, which makes them valuable for anything that changes quickly.
B|Sign up for our newsletter
B|Get the best science stories delivered to your inbox every week. No spam, unsubscribe anytime.
B|Subscribe
B|Tags: comets, astronomy, citizen science
B|You may also like
B|This simple trick lowers your energy bill | Doctors are stunned by this morning habit | The car brand that lasts the longest
B|© 2024 Science Daily News. All rights reserved.
"""
# Scripts the training data hardly holds (each under 0.1% of its letters): the model must go
# by structure there.
RU = """B|Главная
B|Новости
B|Спорт
B|Контакты
C|В Москве открылась новая станция метро
B|12 марта 2024, 14:30
C|В субботу в Москве открылась новая станция метро на юго-западе города. По словам представителей мэрии, в первый день станцией воспользовались более двадцати тысяч пассажиров.
C|Жители района давно ждали открытия станции: раньше до ближайшего метро приходилось добираться на автобусе около получаса.
C|Власти обещают, что до конца года на этой линии откроются ещё две станции.
B|Поделиться
B|Читайте также
B|Курс доллара на сегодня
B|Звезда сериала впервые рассказала о разводе
B|Все права защищены © 2024
"""
KO = """B|홈
B|뉴스
B|스포츠
B|연예
C|서울 지하철 신규 노선 개통 첫 주 이용객 12만 명
B|입력 2024.03.12 14:30
C|서울시는 지난 토요일 개통한 지하철 신규 노선의 첫 주 하루 평균 이용객이 12만 명을 넘었다고 밝혔다. 이는 당초 예상치보다 20% 많은 수치다.
C|노선 주변 주민들은 출퇴근 시간이 크게 줄었다며 반가워했다. 한 주민은 예전에는 버스를 두 번 갈아타야 했지만 이제는 한 번에 갈 수 있다고 말했다.
C|시는 혼잡 시간대 배차 간격을 줄이는 방안을 검토하고 있다.
B|공유하기
B|관련 기사
B|오늘의 날씨
B|인기 배우 결혼 발표
B|Copyright © 2024 All rights reserved.
"""
TH = """B|หน้าแรก
B|ข่าว
B|กีฬา
B|บันเทิง
B|ติดต่อเรา
C|ฝนตกหนักทั่วกรุงเทพฯ น้ำท่วมขังหลายจุด
B|เผยแพร่: 12 มีนาคม 2567 เวลา 14:30 น.
C|กรุงเทพมหานคร – เมื่อคืนที่ผ่านมาเกิดฝนตกหนักติดต่อกันหลายชั่วโมงในพื้นที่กรุงเทพมหานครและปริมณฑล ทำให้เกิดน้ำท่วมขังบนถนนสายหลักหลายสาย การจราจรติดขัดอย่างหนักในช่วงเช้า
C|เจ้าหน้าที่สำนักการระบายน้ำได้เร่งสูบน้ำออกจากพื้นที่ลุ่มต่ำ และแจ้งว่าสถานการณ์น่าจะคลี่คลายภายในช่วงบ่ายของวันนี้ หากไม่มีฝนตกซ้ำ
C|กรมอุตุนิยมวิทยาคาดการณ์ว่าจะมีฝนตกต่อเนื่องไปจนถึงสุดสัปดาห์ ประชาชนควรติดตามข่าวสารและวางแผนการเดินทางล่วงหน้า
B|แชร์
B|ข่าวที่เกี่ยวข้อง
B|- นายกฯ ลงพื้นที่ตรวจน้ำท่วม
B|- ราคาทองวันนี้ปรับขึ้น
B|- ดาราสาวเปิดใจครั้งแรก
B|สงวนลิขสิทธิ์ © 2567 ข่าวตัวอย่าง
"""
DE = """B|Zum Inhalt springen
B|Startseite
B|Politik
B|Wirtschaft
B|Sport
B|Kultur
C|Neue Straßenbahnlinie in Leipzig eröffnet
B|Von Anna Schmidt | 12. März 2024, 14:30 Uhr
B|Teilen
C|Die Leipziger Verkehrsbetriebe haben am Samstag die neue Straßenbahnlinie zwischen dem Hauptbahnhof und dem Stadtteil Grünau offiziell eröffnet. Tausende Fahrgäste nutzten bereits am ersten Tag die Verbindung.
C|Die Strecke ist rund zwölf Kilometer lang und verfügt über 18 Haltestellen. Nach Angaben der Stadt verkürzt sich die Fahrzeit in die Innenstadt für viele Anwohner um bis zu zwanzig Minuten.
C|„Wir haben lange auf diesen Tag gewartet“, sagte Oberbürgermeister Burkhard Jung bei der Eröffnung. Die Bauarbeiten hatten knapp drei Jahre gedauert und rund 90 Millionen Euro gekostet.
C|Kritiker bemängeln allerdings, dass die Takte am Abend noch zu selten seien. Die Verkehrsbetriebe kündigten an, das Angebot im Herbst auszuweiten.
B|Anzeige
B|Jetzt Newsletter abonnieren und keine Nachricht mehr verpassen!
B|Mehr zum Thema
B|Bahnstreik: Was Pendler jetzt wissen müssen
B|Diese fünf Städte haben die günstigsten Mieten
B|Schlagzeilen: Schauspielerin überrascht mit Liebes-Comeback
B|Impressum
B|Datenschutz
B|© 2024 Leipziger Nachrichten. Alle Rechte vorbehalten.
"""

ES = """B|Ir al contenido
B|Inicio
B|Noticias
B|Deportes
B|Opinión
B|Contacto
C|Sevilla inaugura un nuevo parque junto al río
B|Por Carlos Ruiz | 12 de marzo de 2024
B|Compartir en Facebook
B|Compartir en X
C|El Ayuntamiento de Sevilla inauguró este sábado un nuevo parque de doce hectáreas junto al río Guadalquivir, en una zona que durante décadas estuvo ocupada por naves industriales abandonadas.
C|El espacio cuenta con más de dos mil árboles, carriles para bicicletas y zonas de juego infantiles. Según el consistorio, las obras han costado unos quince millones de euros y han durado dos años.
C|"Es un día histórico para los vecinos del barrio", afirmó el alcalde durante el acto de inauguración, al que asistieron cientos de personas.
C|Los vecinos, sin embargo, piden más vigilancia por las noches y una mejor conexión con el transporte público.
B|Publicidad
B|Suscríbete a nuestro boletín y recibe las noticias cada mañana
B|Te puede interesar
B|Los cinco destinos más baratos para viajar esta primavera
B|La actriz que sorprendió a todos con su nuevo look
B|Aviso legal
B|Política de privacidad
B|© 2024 Diario del Sur. Todos los derechos reservados.
"""

# Four more pages in issue 6's shapes, written in a later session before any change to
# the rules (see the docstring).
ZH_CN_2 = """B|首页 / 科技 / 数码
B|目录
B|标签：手机 数码 评测
C|国产折叠屏手机销量同比翻倍，厂商押注中端市场
B|2024-05-06 09:30 来源：科技前线
C|今年一季度，国内折叠屏手机出货量达到二百一十万台，同比增长一倍以上。多家调研机构认为，价格下探是销量增长的主要原因，四千元档的横向折叠机型首次进入畅销榜前十。
C|一位手机厂商的产品经理告诉记者：“过去折叠屏是万元级的尝鲜产品，现在我们希望它成为普通用户换机时的选择之一。”他表示，铰链和屏幕的成本在两年内下降了近四成。
B|图为某品牌新品发布会现场。（资料图）
C|铰链寿命成为消费者最关心的问题
C|在电商平台的评价中，“折痕”“铰链松动”是出现频率最高的词。多家厂商因此把铰链的折叠测试次数从二十万次提高到四十万次，并在宣传中强调保修政策。
C|业内人士指出，中端市场竞争激烈，厂商在降价的同时必须守住品质底线，否则一旦出现批量质量问题，将严重影响用户对整个品类的信心。
C|Analysts at one research firm wrote that foldables are "no longer a niche experiment" and expect mid-range models to make up half of shipments by next year.
C|对于下半年的市场走势，分析人士普遍持乐观态度，但也提醒，屏幕供应链的产能仍是制约出货量的关键因素。
B|本文经授权转载自微信公众号科技前线（ID：kjqx2024），如需转载请联系原作者。
B|网址已复制！
B|相关新闻
B|• 萌新必看，《崩坏：星穹铁道》黄泉最强配队攻略
B|• 零氪也能玩，《原神》新手前期资源规划技巧
B|• 版本更新，《王者荣耀》S35赛季出装推荐一览
B|• 冷门但好用，《明日方舟》低星干员培养指南
B|• 一图看懂，《蛋仔派对》新地图隐藏玩法汇总
B|• 手残党福音，《金铲铲之战》最强阵容速通攻略
B|参考资料
B|女星机场私服曝光网友直呼太美了男子每天喝三杯咖啡体检结果让医生吃惊国足再战亚洲劲旅名宿直言差距明显这款手游上线首日流水破亿玩家吵翻了
B|责任编辑：李明
"""

JA_2 = """B|トップ > ビジネス > IT
B|URLをコピーしました！
C|中小企業のクラウド会計、導入率が初めて5割を超える
B|2024年4月12日 更新
C|この記事の要約：中小企業のクラウド会計ソフト導入率が調査開始以来初めて50%を超えた。インボイス制度への対応が主なきっかけとなった。
B|検索順位を、もっと上へ。
B|SEO分析ツール「ランクアップPro」
B|キーワード順位の自動チェックから競合分析まで、これひとつで完結します。
B|今すぐ無料トライアル、クレジットカード登録不要
B|たった3分で始められます
B|目次
B|導入率が5割を超えた背景
B|現場で聞かれる課題
B|今後の見通し
C|導入率が5割を超えた背景
C|民間の調査会社が従業員300人以下の企業約2000社を対象に行った調査によると、クラウド会計ソフトを導入している企業の割合は52.4%となり、前年から9ポイント上昇した。
C|導入のきっかけとしては「インボイス制度への対応」が最も多く、次いで「経理担当者の負担軽減」「税理士とのデータ共有」が挙がった。
C|現場で聞かれる課題
C|一方で、導入した企業の約3割が「使いこなせていない」と回答している。ある製造業の経理担当者は「銀行口座との連携まではできたが、仕訳のルール設定が難しく、結局手作業が残っている」と話す。
C|今後の見通し
C|調査会社の担当者は「今後は導入そのものよりも、業務全体をどう効率化するかが問われる段階に入る」と分析している。
B|関連記事
B|経理のDX、まず何から始める？担当者が知っておきたい5つのポイント
B|電子帳簿保存法の改正で何が変わる？わかりやすく解説
B|参考文献
B|この記事を書いた人：編集部 山田
B|記事をシェアする
"""

ZH_TW_2 = """B|首頁 &gt; 地方 &gt; 中部
B|記者陳雅琪／台中報導
C|⽼街⾏⼈徒步區試辦⼀個⽉　商家營業額增兩成
C|　　台中市政府上月起在舊城區老街試辦週末行人徒步區，禁止汽機車進入。市府統計，試辦一個月以來，週末來客數增加三成，沿街商家平均營業額也成長約兩成。
B|（示意圖／翻攝自網路）
C|　　在老街經營冰店三十年的林老闆說：&quot;以前騎樓都停滿機車，客人連站的地方都沒有，現在一家人可以慢慢逛，生意真的有差。&quot;
B|延伸閱讀
B|►週末去哪玩？中部五大親子景點一次看
B|►颱風假怎麼放？一張圖看懂停班停課標準
B|►夜市美食排行榜出爐　第一名竟是它
C|　　不過，也有住戶反映，徒步區實施期間家中車輛進出不便，希望市府能開放住戶專用通道。交通局回應，將在正式實施前與里長召開說明會，蒐集居民意見。
C|　　交通局表示，若試辦成效良好，將考慮把徒步區延長至平日晚間，並增設周邊停車位與公車班次，減少對居民的影響。
B|女星驚爆婚變本人首度回應　球隊主將傷退教練坦言壓力大　醫師警告這三種早餐最傷胃　手遊改版玩家湧入伺服器大當機
B|©2024 中部日報 版權所有
"""

EN_2 = """B|We use cookies to improve your experience. Accept all
B|Manage preferences
B|Home › Garden › Soil
B|Table of Contents
C|Why Your Compost Pile Isn't Heating Up (and How to Fix It)
B|By Dana Whitfield · Updated March 3, 2024 · 6 min read
B|Link copied!
C|A compost pile that stays cold for weeks is one of the most common frustrations for home gardeners. The good news is that the cause is almost always one of three things: the wrong mix of materials, too little moisture, or a pile that is simply too small.
C|Balance greens and browns
C|Microbes need both nitrogen, from fresh "green" material such as grass clippings and kitchen scraps, and carbon, from "brown" material such as dry leaves and cardboard. A rough ratio of three parts brown to one part green by volume keeps most piles working.
B|Photo: A backyard compost bin in early spring. (Getty Images)
B|Sign up for our weekly newsletter and get seasonal planting tips straight to your inbox.
B|Subscribe
C|Check the moisture
C|The pile should feel like a wrung-out sponge. If it is dry and dusty, water it as you turn it; if it smells sour, add more brown material and turn it to let air in.
C|Make it big enough
C|Piles smaller than about a cubic metre lose heat faster than the microbes can produce it. If you only have a little material, an insulated bin helps the pile hold its warmth through cool nights.
B|Tags: compost, soil, gardening basics
B|Related posts
B|10 Vegetables You Can Still Plant in Late Summer
B|The Beginner's Guide to Raised Beds
B|How to Keep Slugs Away Without Chemicals
B|About the author: Dana Whitfield has written about home gardening for more than a decade.
B|© 2024 Green Thumb Media. All rights reserved.
"""

ZH_CN_3 = """B|当前位置：首页 > 文化 > 历史
B|字号：大 中 小
C|一座古桥的八百年：从商旅要道到城市客厅
B|发布时间：2024-08-12 来源：文博周刊 作者：周启明
B|点击关注，获取更多文化资讯
C|城南的石拱桥始建于南宋，是现存最古老的石桥之一。八百年来，它见证了商船往来、洪水冲刷和城市扩张，如今又成为市民傍晚散步的去处。
B|【广告】家装季限时特惠
B|「安居管家」一站式装修平台
B|从设计到施工全程透明，预算超支一分钱由平台承担。
B|立即下载APP，新用户领取千元礼包
C|据地方志记载，古桥最初由当地商人集资修建。当时河上只有渡船，每逢雨季便无法通行，货物常常积压在码头。桥建成后，南北两岸的集市连成一片，附近逐渐形成了茶馆、客栈和米行。
C|“我小时候就在桥头卖过菱角。”今年七十六岁的王大爷说，“那时候桥上人挤人，挑担子的、推车的都从这里过。”
C|“现在呢？”记者问。
C|“现在安静多了，都是来拍照的年轻人。”他笑着说。
C|修缮中的争议
C|二〇一九年，古桥出现桥面开裂，文物部门随即启动修缮工程。是否使用现代材料加固，一度引发专家争论。最终方案保留了原有的石料，只在桥墩内部加入了不可见的钢构件。
C|负责工程的工程师介绍，施工队先对每一块石头编号拍照，拆下清洗后再按原位置复原，“哪怕差一厘米，桥的受力就会变化”。
B|▲ 修缮后的古桥夜景（摄影：陈浩）
C|如今，古桥每晚亮起暖色灯光，桥下的步道也向公众开放。有市民说，这座桥不只是文物，更是城市记忆的一部分。
B|免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。
B|扫一扫，分享到微信
B|热门推荐
B|1. 新手入门必看｜「王者荣耀」打野英雄上分思路全解析
B|2. 版本答案来了｜「原神」枫丹角色培养优先级推荐
B|3. 开荒不迷路｜「星穹铁道」新区资源获取路线图
B|4. 一分钟学会｜「和平精英」压枪灵敏度设置教程
B|5. 老玩家心得｜「阴阳师」御魂搭配思路分享
B|上一篇：千年古镇的夏日夜市
B|下一篇：博物馆里的宋代茶具
"""

JA_3 = """B|ニュース > 社会 > 地域
B|2024年9月3日 07時15分
B|この記事をシェアする
B|目次
B|■ 空き家を改修したシェアオフィス
B|■ 移住者の声
B|■ 今後の課題
C|山あいの町に若者が集まる理由　空き家活用で人口減に歯止め
C|人口減少が続く山あいの町で、空き家を改修したシェアオフィスが若い移住者を呼び込んでいる。町によると、昨年度の転入者は前年より三割多く、二十代と三十代が半数を占めた。
C|■ 空き家を改修したシェアオフィス
C|築六十年の古民家を改修した施設には、高速回線と個室ブースが備えられている。利用者の多くは東京や大阪の企業に勤め、普段はオンラインで仕事をしている。
B|※写真はイメージです
C|■ 移住者の声
C|「通勤がなくなって、朝は畑に寄ってから仕事を始めています」。昨年、神奈川県から移り住んだ三十代の男性はそう話す。地元の農家から野菜の育て方を教わり、週末は町の祭りの準備も手伝っているという。
C|One resident who moved from Osaka said the slower pace "made it possible to think about what kind of life I actually want".
C|■ 今後の課題
C|一方で、医療機関や保育施設の不足を指摘する声もある。町は来年度、診療所の送迎バスを増便し、空き校舎を活用した保育施設の開設を検討している。
B|URLをコピーしました！
B|関連記事
B|【速報】人気アイドルグループ、年内での活動休止を発表
B|【保存版】今すぐ使える節約術まとめ　電気代が半分に
B|【衝撃】あの有名店がまさかの閉店…ファンから悲しみの声
B|【最新】スマホ料金プラン比較　一番安いのはどこ？
B|参考文献
B|このページの先頭へ
"""

ZH_TW_3 = """B|首頁 ＞ 論壇 ＞ 旅遊 ＞ 日本
B|樓主　發表於 2024-04-21 22:13　只看該作者
C|【遊記】京都賞櫻五日自由行，交通住宿全記錄
C|​這次趁著連假跟家人去京都五天，剛好遇上櫻花滿開。整理一下行程跟花費，給之後想去的朋友參考。
C|Ｄａｙ１：關西機場到京都
C|從機場搭ＪＲ特急ＨＡＲＵＫＡ到京都車站，大約七十五分鐘。建議先在網路上買好優惠票，比現場買便宜將近一半。飯店選在四條河原町附近，走路到錦市場只要五分鐘，晚上吃飯很方便。
C|Ｄａｙ２：哲學之道與南禪寺
C|早上八點前到哲學之道，人還不多，可以慢慢拍照。沿著水道一路走到南禪寺大概四十分鐘，途中有不少小咖啡店。中午以後遊客明顯變多，建議早點出門。
B|（圖片來源：網友提供）
C|Ｄａｙ３：嵐山
C|嵐山的竹林真的很美，但是人潮非常多。我們搭嵯峨野小火車往返，車票要提前一個月在官網預約，現場幾乎買不到。
C|整體花費
C|五天下來，兩大一小的總花費約新台幣九萬元，其中住宿佔了將近一半。櫻花季的飯店價格比平常貴很多，真的要提早訂。
B|本帖最後由 旅人阿凱 於 2024-04-22 09:05 編輯
B|回覆　引用　檢舉
B|熱門文章
B|１．日本自由行必買藥妝清單，這十樣回購率最高
B|２．第一次去東京就上手，地鐵轉乘超詳細教學
B|３．韓國首爾三天兩夜行程懶人包
B|４．不用排隊！大阪環球影城快速通關攻略
B|廣告　合作提案　聯絡我們　隱私權政策
"""

EN_3 = """B|Jump to Recipe
B|Print Recipe
B|This post may contain affiliate links. Please read our disclosure policy.
C|Easy Weeknight Lentil Soup
C|This lentil soup comes together in about forty minutes with pantry staples, and it tastes even better the next day. It is the soup I make most often when the weather turns cold.
B|ADVERTISEMENT
C|Why you'll love it
C|It is cheap, filling and freezes well. Red lentils break down as they cook, so the soup turns creamy without any cream.
C|Ingredients
C|2 tablespoons olive oil
C|1 large onion, diced
C|2 carrots, diced
C|3 cloves garlic, minced
C|1 cup red lentils, rinsed
C|6 cups vegetable broth
C|1 teaspoon ground cumin
C|Juice of half a lemon
C|Instructions
C|Heat the oil in a large pot over medium heat. Add the onion and carrots and cook until soft, about eight minutes.
C|Stir in the garlic and cumin and cook for one minute, until fragrant.
C|Add the lentils and broth, bring to a boil, then simmer for twenty-five minutes.
C|Stir in the lemon juice and season with salt and pepper.
B|Did you make this recipe? Tag us on Instagram!
B|Rate this recipe
B|Pin it for later
B|Subscribe to get new recipes in your inbox every week.
B|More soup recipes
B|Creamy Tomato Basil Soup
B|Chicken Tortilla Soup
B|Classic French Onion Soup
B|Reader Interactions
B|Leave a Reply Cancel reply
"""

ZH_CN_4 = """B|● 《星穹远征》新手开局攻略，三分钟学会最强阵容搭配
B|● 独家爆料，《幻境物语》2.3版本更新内容一览
B|● 零氪也能玩，《剑影江湖》平民职业推荐与技巧
B|● 老玩家必看，《机甲纪元》隐藏任务全流程攻略
B|● 一图看懂，《海岛农场》新季节活动奖励汇总
B|● 速刷材料，《末日远行》高效刷图路线推荐
B|健康频道 > 营养与饮食
B|2025-04-12 08:30\u3000来源：科学生活周刊\u3000作者：林晓雯
C|每天多走两千步，身体会发生什么变化？研究人员跟踪了三千名上班族
C|很多人都知道"日行一万步"的说法，但对于久坐的上班族来说，一万步并不容易达到。一项持续两年的跟踪研究发现，哪怕只是在原有基础上每天多走两千步，参与者的血压、睡眠和情绪都出现了可以测量的改善。
C|研究团队在三座城市招募了三千一百名年龄在二十五岁到五十五岁之间的办公室职员，让他们佩戴计步手环，并每半年做一次体检。参与者被分成三组：保持原有习惯、每天增加两千步、每天增加五千步。
B|（资料图）
C|走路的时间比步数更重要吗
C|研究负责人周教授在接受采访时说："我们原以为步数越多效果越好，但数据告诉我们，把步数分散在一天中的几个时段，比一次性走完更有帮助。午饭后散步十五分钟的人，下午的血糖波动明显更小。"
C|她同时提醒，走路的强度因人而异，有关节疾病的人应该先咨询医生，不要盲目追求数字。
C|One participant wrote in her diary: "I started walking to the subway station instead of taking the bus, and after three months I no longer felt tired every afternoon."
B|▲ 手环数据截图
C|研究的局限
C|研究人员也承认，参与者都是自愿报名的，本身可能就更关注健康；此外，手环记录的步数存在一定误差。下一步，团队计划扩大样本，并把饮食习惯纳入分析。
B|本文转载自微信公众号"健康研究所"（ID：jiankangyjs），已获授权，转载请联系原作者。
B|责任编辑：王磊
B|相关阅读
B|参考文献
B|分享到：微信 微博 QQ空间
B|女星晒素颜照引热议网友直呼认不出来 退休大爷每天喝这个血管年轻十岁 国足最新名单公布两名新人入选 这款手游上线首日下载破百万 夏天吃西瓜的五个禁忌你知道吗
B|Copyright © 2025 科学生活周刊 版权所有
"""

JA_4 = """B|ホーム ＞ ライフスタイル ＞ 住まい
B|2025.03.08 更新
B|この記事をシェアする
B|URLをコピーしました！
C|狭い部屋でも快適に在宅ワークをする５つの工夫
C|在宅勤務が当たり前になって数年がたちましたが、ワンルームや１ＬＤＫでは仕事のスペースをどう作るかが悩みの種です。この記事では、六畳の部屋で三年間在宅ワークを続けてきた筆者が、実際に効果があった工夫を紹介します。
B|目次
B|1. 机は壁ではなく窓に向ける
B|2. 照明を二つに分ける
B|3. 仕事道具は一つの箱にまとめる
B|この記事を書いた人：田中ゆう（ライター・整理収納アドバイザー）
B|＼ブログ集客に悩んでいませんか？／
B|キーワード分析から記事作成まで、AIがまるごとサポートする「ランクアップAI」。
B|検索順位が平均で二倍に上がったという声も続々。
B|今なら14日間の無料体験実施中、クレジットカード登録は不要です。
B|最短３分で始められます。
C|1. 机は壁ではなく窓に向ける
C|最初は壁に向かって机を置いていましたが、午後になると気分が沈みがちでした。机を窓側に移したところ、自然光が入るだけで集中できる時間が長くなりました。
C|2. 照明を二つに分ける
C|天井の照明だけでは手元が暗くなります。手元を照らすデスクライトと、部屋全体を柔らかく照らす間接照明を使い分けると、仕事とくつろぎの時間を切り替えやすくなります。
C|3. 仕事道具は一つの箱にまとめる
C|仕事が終わったら、ノートパソコンや書類を一つの箱にしまうようにしています。友人からは「片付けるのは面倒じゃない？」と聞かれますが、机の上が空になると、仕事の気持ちを引きずらずに済みます。
B|※写真はイメージです
B|参考文献
B|関連記事
B|・賃貸でもできる！壁を傷つけない収納アイデア10選
B|・在宅ワークにおすすめの椅子ランキング【2025年版】
B|・狭い部屋を広く見せるカーテンの選び方
B|カテゴリー：暮らし\u3000タグ：在宅ワーク, 収納, インテリア
"""

ZH_TW_4 = """B|首頁 ＞ 運動 ＞ 籃球
B|記者陳柏宇／綜合報導
C|延長賽逆轉！主場球迷湧入球場 慶祝隊史首座冠軍
C|\u3000\u3000職籃總冠軍賽第七戰昨晚在台中開打，主隊在第四節落後九分的情況下追平比數，並在延長賽以一百零八比一百零三擊敗對手，奪下隊史第一座總冠軍。終場哨音響起後，數千名球迷湧入場邊，與球員一起慶祝。
B|▲主隊球員賽後在場中央合影。（資料照）
C|\u3000\u3000本季年度最有價值球員林家豪全場攻下三十五分、十二籃板，他在賽後受訪時哽咽地說：「這座冠軍屬於一路支持我們的球迷，去年輸掉總冠軍賽之後，我們每天都在想今天這一刻。」
C|\u3000\u3000總教練也坦言，第四節一度想過換下主力讓他們休息，「但看到球員的眼神，我知道他們還沒放棄。」
B|本文經授權轉載自運動視界，原文標題：〈隊史首冠！延長賽逆轉奪冠〉
B|更多新聞
B|．職棒開幕戰門票秒殺\u3000球團宣布加開座位
B|．網球新星闖進決賽\u3000寫下生涯最佳成績
B|．馬拉松報名人數創新高\u3000主辦單位提醒注意補水
B|你可能也會喜歡：明星婚禮曝光賓客名單超驚人 醫師警告這三種早餐最傷胃 手遊排行榜大洗牌新作衝上第一 颱風最新路徑出爐週末恐有豪雨
B|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
"""

EN_4 = """B|Home › Science › Space
B|Table of contents
B|By Maya Richards | Updated 3 hours ago
B|Share on Facebook
B|Share on X
B|Copy link
B|URL copied!
C|A small telescope built by students caught a comet nobody was looking for
C|When a group of high-school students in rural Montana pointed their homemade telescope at the western sky last October, they were hoping to photograph Jupiter's moons. Instead, one of their long-exposure images showed a faint smudge that had not been there the night before.
C|"At first we thought it was dust on the mirror," said Elena Ortiz, 17, who wrote the software that stacks the club's images. "Then it moved."
B|The students' telescope in the school's parking lot. (File photo)
C|The object turned out to be a previously uncatalogued comet on a long orbit, the Minor Planet Center confirmed two weeks later. It will be brightest next spring, though still too faint to see without binoculars.
B|Get the best of science news in your inbox. Sign up for our free weekly newsletter.
B|Subscribe
C|How an amateur discovery gets confirmed
C|Professional surveys scan the sky every night, but they cannot watch everything at once. When amateurs report a new object, observatories around the world try to photograph it again, and only after several independent measurements does a discovery get its official designation.
C|The club's teacher, Daniel Brooks, said the students have already started planning their next project: a spectrograph made from an old DVD.
B|This article is for informational purposes only and does not constitute professional advice.
B|Related stories
B|Five meteor showers you can see without a telescope this year
B|NASA's new moon rover passes its final desert test
B|Why the night sky is getting brighter, and what it means for astronomers
B|Tags: astronomy, comets, education, students
B|© 2025 Daily Science Review. All rights reserved.
"""


ZH_CN_5 = """B|首页 新闻 财经 科技 体育 娱乐 汽车 房产 更多
B|24小时热榜
B|1. 多地公布高温补贴标准，最高每月三百元
B|2. 暑期档电影票房破十亿，这部动画成黑马
B|3. 新能源车下乡活动启动，五十多款车型参与
B|4. 这种早餐搭配最伤胃，很多人天天在吃
B|5. 男子花三万元买“神药”，结果是糖丸
C|小微企业贷款利率降至新低 银行：下半年继续加大支持力度
B|2025-06-03 10:21:45\u3000来源：经济观察\u3000作者：李明\u3000阅读量：3.2万
C|记者从多家银行了解到，今年前五个月，普惠型小微企业贷款的平均利率已降至百分之三点九，比去年同期下降了零点四个百分点，创下有统计以来的新低。
C|在城东经营一家五金店的张先生告诉记者，他上个月申请的一笔五十万元经营贷款，三天就批了下来，年利率不到四厘。“以前跑银行要准备一大摞材料，现在手机上就能申请，还款也灵活。”
C|“我们今年的目标是小微贷款余额增长百分之二十以上。”一家股份制银行的信贷部门负责人说，“但风险控制不能放松，我们会更多地参考企业的纳税和流水数据。”
B|【广告】炒股就用财富通APP，免费领取牛股诊断，开户送三个月高级会员
C|不过，也有分析人士提醒，利率下降并不意味着所有企业都能顺利拿到贷款。一些缺少抵押物、经营年限较短的小店，仍然面临“融资难”的问题。
C|业内人士建议，小微企业主应当保持良好的纳税记录和银行流水，这比临时找担保更能提高贷款通过率。
B|（完）
B|责任编辑：赵静
B|声明：本文仅代表作者观点，不代表本站立场。
B|猜你喜欢
B|明星夫妻离婚后首次同框引热议 三十岁女子坚持跑步一年后身体变化惊人 这款国产手机销量逆袭 孩子暑假作业家长该不该帮忙 高铁站出现神秘巨型装置
B|评论（23）
B|登录后发表评论
"""

JA_5 = """B|ニュース ｜ テクノロジー ｜ ビジネス ｜ ライフ
B|2025年6月3日 10:00
B|この記事をシェア
C|地方の中小企業でも進む生成AI活用\u3000導入の壁は「社内の理解」
C|生成AIを業務に取り入れる動きが、都市部の大企業だけでなく地方の中小企業にも広がっている。県内の商工会議所が会員企業に行った調査では、回答した約四百社のうち三割近くが何らかの形で生成AIを使っていると答えた。
B|目次
B|・導入が進む業務
B|・現場の声
C|導入が進む業務
C|最も多かったのは、見積書やメールの下書きといった文書作成の業務だった。次いで、会議の議事録の要約、商品説明文の作成が続いた。一方で、顧客情報を扱う業務への利用には慎重な企業が多い。
B|PR
B|＼今なら初月無料／
B|経理の手間を減らすなら「ラクケイ」。
B|請求書の作成から入金確認まで、まとめて自動化できます。
C|現場の声
C|市内で金属部品を製造する会社の社長は「最初は社員から仕事を奪われるのではないかという不安の声が出た」と話す。そこで、まず社長自身が使ってみせ、残業が減った事例を社内で共有したという。
C|A manager at the company said in an interview with a trade magazine that "the tool works best when people trust it enough to try it on small tasks first."
C|商工会議所の担当者は「導入の壁は技術よりも社内の理解。小さな成功例を積み重ねることが大切だ」と話している。
B|この記事の感想を教えてください
B|役に立った\u3000役に立たなかった
B|【関連記事】
B|・「AIで議事録」はどこまで使える？\u3000自治体の実証実験
B|・人手不足の町工場、ロボット導入で売上二割増
B|Copyright © 2025 地域経済新聞社
"""

ZH_TW_5 = """B|首頁 &gt; 生活 &gt; 居家
B|文／記者林佳蓉
B|2025/06/03 08:30
C|梅雨季節衣服總是曬不乾？專家教你三招 室內晾衣不再有霉味
C|進入梅雨季節，連日陰雨讓不少民眾煩惱衣服曬不乾，甚至出現難聞的霉味。居家收納專家表示，只要掌握通風、間距和脫水三個重點，即使在室內晾衣，也能讓衣服快速乾燥。&nbsp;
B|（圖片來源：Shutterstock）
C|第一招是拉開衣服之間的距離。專家指出，很多人為了節省空間，把衣服掛得非常緊密，空氣無法流通，水氣就會一直悶在衣服裡。建議每件衣服之間至少保留一個拳頭的寬度。
C|第二招是善用電風扇和除濕機。把電風扇對著衣服吹，再搭配除濕機，乾燥時間可以縮短一半以上。
B|延伸閱讀：〈除濕機怎麼挑？３個重點一次看〉〈浴室發霉別再用漂白水〉
C|第三招則是在洗衣時多脫水一次。專家說：「多脫水三到五分鐘，衣服的含水量會明顯降低，後面晾乾就輕鬆多了。」
B|更多精彩內容請追蹤我們的粉絲專頁，按讚分享給更多朋友！
B|熱門文章
B|颱風假怎麼放？人事行政總處最新說明 超商咖啡買一送一限時三天 日本旅遊注意！這些東西不能帶回台灣 氣象專家：週末全台高溫炸裂
B|本網站使用 Cookie 以提升您的瀏覽體驗，繼續使用即代表您同意隱私權政策。
"""

EN_5 = """B|Home » Garden » Vegetables
B|Jump to Recipe
B|Print
C|How to grow tomatoes on a balcony
C|You don't need a garden to grow tomatoes. With a large pot, a sunny spot and a little patience, a balcony can give you fresh tomatoes from midsummer until the first frost.
B|Advertisement
C|What you need
C|A pot of at least 20 liters
C|Potting soil mixed with compost
C|A bamboo cane or tomato cage
C|One healthy seedling of a compact variety
C|Planting
C|Fill the pot with soil up to a hand's width below the rim. Plant the seedling deeper than it sat in its nursery pot; the buried stem will grow extra roots and make the plant sturdier.
C|Water it well and push the cane into the soil next to the stem, so you don't damage the roots later.
B|Related: 10 herbs that grow well indoors
C|Care through the summer
C|Water every morning in hot weather, at the base of the plant rather than on the leaves. Once the first flowers appear, feed the plant every two weeks with a liquid tomato fertilizer.
B|Did you try this? Share a photo and tag us!
B|12 Comments
B|Linda
B|June 3, 2025 at 9:14 am
B|Mine are already flowering, thanks for the tips!
B|Reply
B|Subscribe to our newsletter for weekly gardening tips.
B|Privacy Policy | Terms | Contact
"""


ZH_CN_6 = """B|登录 | 注册 | 手机版
B|首页 > 科技 > 航天
C|我国新一代气象卫星传回首批云图 台风监测精度再提升
B|2025年06月05日 14:02 来源：科普时报 作者：王晓东 编辑：刘畅
B|点击查看更多精彩内容
C|记者从国家卫星气象中心获悉，上月发射的新一代静止轨道气象卫星日前传回首批云图，图像清晰度比上一代提高了一倍，每五分钟就能完成一次全圆盘观测&#12290;
C|“对台风来说，五分钟和十五分钟的差别非常大。”卫星气象中心一位研究员介绍，台风眼的结构变化往往发生在很短的时间里，观测频次越高，预报员越能及时判断强度的变化。
C|据介绍，新卫星还搭载了闪电成像仪，可以连续监测强对流天气中的闪电活动，为暴雨和冰雹预警提供依据。
B|（图片来源：国家卫星气象中心）
C|按照计划，卫星将在完成在轨测试后正式投入业务运行，预计今年汛期前后为全国的天气预报提供服务。
B|本文来源：科普时报，转载请注明出处。
B|点赞（128）\u3000收藏\u3000分享
B|相关推荐
B|● 火星车最新照片公布，着陆区地貌一览
B|● 今年第一号台风生成，未来走向如何
B|● 空间站实验柜又有新成果
"""

JA_6 = """B|レシピ検索\u3000｜\u3000カテゴリ\u3000｜\u3000人気ランキング\u3000｜\u3000特集
B|2025/06/05
C|15分でできる！鶏むね肉のやわらかレモン煮
C|パサつきがちな鶏むね肉も、片栗粉をまぶしてからさっと煮るだけで驚くほどやわらかくなります。レモンの酸味で、暑い日でもさっぱり食べられる一品です。
B|広告
C|材料（2人分）
C|鶏むね肉\u30001枚
C|片栗粉\u3000大さじ1
C|レモン汁\u3000大さじ2
C|しょうゆ\u3000小さじ2
C|作り方
C|1. 鶏むね肉はそぎ切りにし、片栗粉を薄くまぶす。
C|2. 鍋に水150mlとしょうゆを入れて火にかけ、煮立ったら鶏肉を加えて弱火で5分煮る。
C|3. 火を止めてレモン汁を加え、全体にからめたら器に盛る。
B|このレシピを保存する
B|つくれぽを送る
B|このレシピに関連するキーワード
B|鶏むね肉\u3000レモン\u3000時短\u3000さっぱり
B|おすすめの特集
B|・夏バテ防止に！さっぱり麺レシピ20選
B|・作り置きで楽ちん！お弁当おかず特集
"""

EN_6 = """B|Menu
B|Search
B|World | Business | Tech | Science | Health
C|City council approves plan to turn empty offices into apartments
B|By Daniel Kim
B|Published June 5, 2025
C|The city council voted 9 to 2 on Wednesday to approve a plan that will make it easier to convert empty office buildings downtown into apartments, a change supporters say could add up to 3,000 homes over the next decade.
B|Advertisement
C|Under the plan, developers who convert offices built before 1990 will be able to skip some parking requirements and apply for a property tax break for up to ten years.
C|"We have buildings sitting half empty while people can't find a place to live," said council member Rosa Alvarez, who proposed the measure. "This fixes both problems at once."
C|Critics on the council argued that the tax break was too generous and would mostly benefit large property owners.
B|Read more: Downtown office vacancies hit a record high
C|The first conversions could begin next year, city officials said.
B|Sign up for our Morning Briefing newsletter
B|Get the day's top stories delivered to your inbox every weekday.
B|Enter your email
B|Sign Up
B|Most read
B|1. Heat wave expected to break records this weekend
B|2. Local bakery wins national award
B|3. New bike lanes open on Main Street
"""


ZH_CN_7 = """B|首页 > 本地 > 民生 > 正文
B|登录 | 注册　下载客户端，看更多本地新闻
B|2024-03-18 09:42&nbsp;&nbsp;来源：江城晚报　编辑：周敏
C|老旧小区加装电梯提速：今年计划完成三百二十台
C|记者从市住房和城乡建设局获悉，今年全市计划为老旧小区加装电梯三百二十台，比去年多出近一百台。截至３月中旬，已有六十七个单元完成意见征集并进入设计阶段。
B|图为城南街道桂园小区正在施工的加装电梯井道（资料图）
C|“过去最难的是一楼和二楼住户不同意，现在我们先把方案摆到桌面上，采光、噪音、费用分摊一项一项谈。”城南街道城建科负责人刘建华说。
C|按照新出台的实施细则，加装电梯的费用由财政补贴、住房公积金提取和业主自筹三部分组成。其中，每台电梯最高可获补贴二十万元\u200b。
C|费用分摊参考比例
C|1. 一层、二层住户原则上不承担建设费用；
C|2. 三层至顶层住户按楼层逐级递增分摊;
C|3. 后期维保费用由使用电梯的住户按户均摊。
C|家住桂园小区五楼的退休教师王秀兰今年七十三岁，她告诉记者，以前买菜回来要在三楼歇一口气，“电梯装好以后，我想去公园就去，不用再看楼梯的脸色了。”
C|市住建局相关负责人表示，下一步将推行“一站式”审批，把规划、消防、特种设备等手续的办理时限压缩到15个工作日以内.
B|责任编辑：周敏
B|标签：加装电梯 老旧小区 民生实事
B|分享到：微信　微博　ＱＱ空间　　点赞 (128)
B|上一篇：地铁5号线南延段本周六起试运行
B|下一篇：江滨公园樱花季限流，游客需提前预约
B|相关新闻
B|我要评论　请文明发言，评论内容仅代表网友个人观点
B|• 新手必看，《幻域战纪》最强阵容搭配攻略
B|• 《星海物语》零氪玩家如何三天冲到40级
B|• 手机内存总是不够用？这三个设置一定要关
B|• 《山海御灵》SSR灵宠获取途径全汇总
B|• 家用投影仪怎么选？看完这篇不踩坑
B|• 《机甲纪元》新版本上线，平衡性调整一览
B|版权所有 © 江城晚报社　未经书面授权不得转载　网络传播视听节目许可证号：0000000
"""


ZH_CN_8 = """B|科技频道 | 数码 | 评测 | 问答 | 活动　　打开APP
B|首页 > 数码 > 科普
C|为什么手机充到80%以后就变慢了？一文讲清快充背后的原理
B|数码实验室　2024年5月7日 21:15　阅读 3.2万
C|快充并不是全程都快。前半段“猛”，后半段“缓”，这种节奏其实是为了让电池活得更久。
B|高效办公，从一支笔开始
B|「云笺笔记」ＡＩ智能整理会议纪要，录音自动转文字，一键生成待办清单。
B|立即免费试用，无需绑卡
B|广告
C|很多人都有这样的体验：手机从20%充到60%只要十几分钟，可从80%到100%却磨磨蹭蹭要半个小时。这并不是充电器出了问题，而是锂电池充电本身分为几个阶段。
C|恒流阶段：先“大口吃饭”
C|电量较低时，电池内阻小、电压低，充电管理芯片会以较大的恒定电流输入。这一阶段功率最高，也是厂商宣传里&quot;充电五分钟，通话两小时&quot;的来源。
C|恒压阶段：再“细嚼慢咽”
C|当电池电压接近上限(通常约4.4V)，芯片会转为恒定电压，电流随之逐步下降。如果此时继续大电流硬充，电池容易发热、析锂，长期下来容量衰减会明显加快。
B|某品牌手机实测充电曲线�（截图）
C|As one battery engineer put it, "the last twenty percent is about safety, not speed."
C|除此之外，温度也是关键因素。手机在充电时运行大型游戏，机身温度升高，系统会主动降低充电功率，这也是“边玩边充反而更慢”的原因。
C|几个实用建议：
C|• 尽量使用原装或通过认证的充电器和数据线；
C|• 充电时避免把手机压在枕头或被子下面；
C|• 日常使用中不必每次都充到100%，保持在20%至80%之间更有利于电池寿命。
B|本文经授权转载自微信公众号数码实验室（ID：shumalab2020），原标题《充电越到后面越慢？不是你的错觉》
B|免责声明：本文仅代表作者观点，不构成任何购买建议。
B|👍 赞 856　　💬 评论 97　　⭐ 收藏
B|网址已复制！
B|参考资料
B|热门推荐
B|这款国产平板卖到断货打工人必备的五款桌面神器为什么年轻人开始不爱逛商场了新功能曝光网友直呼终于等到了月薪三千如何存下第一个十万
B|© 2024 极客数码网 版权所有 | 联系我们 | 隐私政策
"""


ZH_TW_7 = """B|旅遊 ｜ 美食 ｜ 住宿 ｜ 交通 ｜ 會員登入
B|首頁 > 旅遊 > 國內旅遊
B|分享　Facebook　ＬＩＮＥ　複製連結
C|清晨五點的台南：一碗牛肉湯喚醒整座城市
B|文／林佳穎　圖／陳冠宇攝　2024-01-22
C|　　天還沒亮，安平路上的湯店已經排起隊伍。老闆把剛從屠宰場送來的溫體牛肉切成薄片，鋪進碗底，再舀一瓢滾燙的大骨湯沖下去，肉色瞬間由紅轉粉。
B|店家以滾燙高湯沖入生牛肉片，肉質鮮嫩。圖／陳冠宇攝
C|「我們的牛肉每天凌晨三點到，賣完就收，從來不留到隔天。」第二代老闆娘黃麗芬一邊招呼客人一邊說，這家店從她公公那一輩算起，已經開了四十多年。
C|為什麼是早上？
C|　　台南人把牛肉湯當早餐的習慣，和過去當地的屠宰時間有關。牛肉在凌晨處理完畢後直接送到店裡，趁著最新鮮的時候入口，口感最軟嫩，也不需要多餘的調味。
C|　　內行人的吃法，是先喝一口原味的湯，再依個人喜好加入薑絲、醬油膏，最後配上一碗肉燥飯。不少遊客會特地請店家把牛肉&quot;切厚一點&quot;，吃起來更有咬勁\u200b。
C|前往小提醒
C|1. 熱門店家多半在早上九點前售完，建議提早出門；
C|2. 假日排隊時間可能超過四十分鐘;
C|3. 部分老店只收現金。
B|延伸閱讀
B|• 台南兩天一夜怎麼玩？在地人私藏路線一次看
B|• 冬天必吃！全台十大羊肉爐名單出爐
B|• 高鐵早鳥票怎麼買最划算？
B|• 《神魔傳說》新手入門，首抽角色推薦
B|• 嘉義火雞肉飯之爭，你站哪一派？
B|留言請先登入會員，並遵守社群規範
B|本網站所刊載之內容均受著作權保護，未經同意請勿轉載。
"""


ZH_TW_8 = """B|目錄
B|體育 棒球 籃球 網球 排球 綜合　｜　下載ＡＰＰ　即時比分不漏接
B|她曾被說太矮打不了球如今身價翻倍這些球員轉隊後判若兩人總教練最新發言引熱議看完才知道原來早餐吃錯了
C|大專排球聯賽女子組決賽 東海逆轉奪冠
C|五局激戰兩小時十七分鐘，東海大學在先失兩局的劣勢下連扳三局，以3：2擊敗衛冕軍北體，睽違六年再度捧起冠軍盃。
B|東海大學球員賽後將主攻手林思妤拋向空中慶祝（截圖）
C|前兩局東海接發球頻頻失誤，分別以19：25、22：25落後。第三局教練陳志明換上一年級舉球員張語彤，攻勢節奏明顯加快，以25：21扳回一城。
C|「我跟她們說，輸了沒關係，但要輸得像我們自己。」陳志明賽後受訪時說，第三局的換人是「賭一把」，沒想到球員們真的把氣勢找了回來。
C|決勝局雙方一路拉鋸，打到13:13平手。關鍵時刻林思妤連續兩記強攻得手，全場東海加油團起立歡呼�。林思妤全場攻下27分，獲選為本屆最有價值球員。
C|"We never stopped believing," Lin told the international broadcast crew after the match.
C|北體隊長吳佩珊則坦言，第四局後段體能下滑，「對方的發球一直打在我們最弱的點上，這是我們要回去檢討的。」
C|本屆最佳陣容
C|• 最有價值球員：林思妤（東海）
C|• 最佳舉球員：張語彤（東海）
C|• 最佳自由球員：吳佩珊（北體）
B|記者王志豪／台中報導&nbsp;2024.04.14 18:30
B|標籤：大專排球\u200b　東海大學　北體　女排
B|讚 1.2萬　分享 342
B|上一則：職棒開季首週進場人數創新高
B|下一則：網球公開賽 台灣雙打組合晉級八強
B|相關新聞
B|© 2024 運動日報 All Rights Reserved. 轉載請註明出處
"""


JA_7 = """B|ホーム > 地域 > 長野 > 記事
B|ログイン　会員登録
B|ニュース　地域　経済　スポーツ　くらし　天気
C|老舗の味、三代目が継ぐ　松代の和菓子店が半年ぶりに営業再開
B|2024年3月18日 18:42　信州支局・山岸千尋
B|（写真：筆者撮影）店頭に並んだ名物の「杏まんじゅう」
C|　長野市松代町の和菓子店「梅ヶ枝堂」が17日、約半年ぶりに営業を再開した。昨年秋に二代目店主の体調不良で休業していたが、東京の洋菓子店で修業していた孫の佐伯健太さん（31）が店を継ぐことを決め、準備を進めてきた。
C|　再開初日は開店前から常連客ら約40人が列をつくった。名物の杏まんじゅうは昼過ぎに売り切れ、追加で蒸し上げる場面もあった。
C|「祖父の餡の炊き方だけは絶対に変えないと決めていました。材料の配合を何度もノートに書き写して覚えました」と佐伯さんは話す。
C|　一方で、若い世代にも手に取ってもらおうと、地元産のリンゴを使った小ぶりの羊羹など新商品3点を加えた。パッケージのデザインは松代高校の美術部が手がけた。
C|　近所に住む70代の女性は「子どもの頃から法事といえばここのお菓子。また買えるようになって本当にうれしい」と笑顔を見せた。
C|　営業は午前9時から午後5時まで。毎週水曜定休。
B|この記事を書いた人：山岸千尋（信州支局）
B|シェア ツイート はてブ LINE
B|関連記事
B|善光寺表参道に新たな観光案内所　外国人向けに多言語対応
B|上田市の商店街、空き店舗活用へ補助金を拡充
B|【動画】雪解けの千曲川で恒例の稚魚放流
B|松本の老舗みそ蔵、創業150年記念の蔵開き
B|飯田線の駅舎、地域住民の手で改修完了
B|人気ランキング
B|まさかの結末…芸能人夫婦の離婚理由が話題　知らないと損する年金の新ルール　医師が警告「この飲み物は今すぐやめて」　40代からの資産運用、9割が見落とす落とし穴
B|※掲載情報は記事公開時点のものです。
B|Copyright © Shinshu Nichinichi Shimbun. All rights reserved.
"""


JA_8 = """B|ガジェットの森 ～暮らしを少し便利にするレビューブログ～
B|ホーム　ガジェット　PC周辺機器　カメラ　お問い合わせ
B|ホーム > PC周辺機器 > モバイルモニター
C|【レビュー】15.6インチモバイルモニター「LumaView M16」を1か月使ってわかった良い点・気になる点
B|2024.05.12 更新　by もりやま
B|※本記事にはアフィリエイト広告が含まれます
C|在宅勤務とカフェ作業の両方で使えるサブモニターを探していて、LumaView M16を購入しました。重さ約720g、USB-Cケーブル1本で映像と給電ができるモデルです。結論から言うと、ノートPCと一緒に持ち歩く用途ならかなり満足度が高いです。
B|ＳＥＯ対策、まだ手作業で消耗していませんか？
B|キーワード分析から順位計測までこれひとつ。「ランクリーチ Pro」
B|競合サイトの上位表示キーワードをワンクリックで丸ごと可視化します。
B|無料トライアル実施中、クレジットカード登録不要
B|3分で始められます
B|目次
B|1. 外観とスペック
B|2. 良かった点
B|3. 気になった点
B|4. まとめ
C|外観とスペック
C|ベゼルは上と左右が約5mmと細く、背面にはキックスタンドが一体化しています。パネルはIPS方式で解像度は1920×1080、輝度はメーカー公称で300nitです。端子はUSB-Cが2つとmini HDMIが1つ。
C|良かった点
C|・スタンドが本体一体型なので、カバーを折りたたむタイプより設置が圧倒的に速い
C|・MacBook Airとケーブル1本で接続でき、ドライバのインストールも不要
C|・発色が自然で、写真の色味チェック程度なら十分こなせる
C|気になった点
C|一番気になったのはスピーカーの音質です。音量を上げるとｼｬﾘｼｬﾘした音になるので、動画を見るときはイヤホン推奨です。また、明るい窓際では輝度が少し足りないと感じました。
C|まとめ
C|価格は2万円台前半と、このサイズのモバイルモニターとしては標準的です。持ち運びの頻度が高い人、設置の手軽さを重視する人には自信を持っておすすめできます。
B|URLをコピーしました！
B|シェア ツイート はてブ Pocket
B|この記事を書いた人　もりやま　都内在住のWebエンジニア。買ってよかったガジェットを中心に、正直な感想を書いています。
B|あわせて読みたい
B|【2024年版】在宅ワークが捗るデスク周りアイテム10選
B|ノートPCスタンドおすすめ7選｜折りたたみ式を比較
B|USB-Cハブは何を選ぶ？失敗しない3つのポイント
B|コメントを残す
"""


JA_9 = """B|このサイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用に同意したものとみなされます。　同意する
B|ビジネス＆キャリアのWebマガジン「ワークノート」
B|トップ > ビジネススキル > 仕事術
B|ログイン　新規登録（無料）
C|会議が終わった瞬間に議事録が完成している人がやっている3つの習慣
B|文＝田島ゆかり（組織コンサルタント）　2024年2月7日
B|※画像はイメージです
C|「議事録を書くのに、会議と同じくらい時間がかかってしまう」。研修の場でよく聞く悩みです。実は、議事録が速い人は書くスピードが速いのではなく、会議が始まる前に準備の大半を終えています。
B|【PR】Q&amp;Aで学ぶ、ひとり情シスのためのセキュリティ入門セミナー　参加無料
C|習慣1：テンプレートを先に埋めておく
C|　日時、参加者、議題は会議前に書き込んでおきます。議題ごとに「決定事項」「保留」「宿題（担当・期限）」の3つの枠を用意しておけば、会議中はそこに短く書き足すだけで済みます。
C|習慣2：発言ではなく結論を書く
C|　誰が何を言ったかを逐一記録する必要はありません。外資系企業で働く知人は、上司から "Minutes are not a transcript; they are a record of decisions." と教わったそうです。発言の流れよりも、何が決まったのかを優先して書きましょう。
C|習慣3：最後の5分で読み合わせる
C|　会議の終わりに決定事項と宿題を読み上げ、その場で参加者に確認してもらいます。認識のずれがその場で解消されるため、後から修正依頼が来ることもほとんどなくなります。
C|　この3つを続けるだけで、議事録は「会議のあとの作業」から「会議の一部」に変わります。まずは次の定例会議から試してみてください。
B|参考文献
B|タグ：議事録　会議　時短　仕事術　テンプレート
B|この記事が気に入ったら、いいね！しよう
B|最新情報をお届けします
B|メルマガ登録はこちら（毎週火曜配信）
B|人気の記事
B|上司に「結論から話して」と言われたときの正しい直し方
B|メールの返信が速い人が使っている定型文20
B|1on1で部下が本音を話さない理由
B|Excelのショートカット、これだけ覚えればOK
B|新人の「報連相」が続かないのは上司のせいかもしれない
B|年収が上がる人の意外な共通点とは？　話題の「朝5分習慣」を試した結果　転職したら負け？30代の本音アンケート　この家電、買ってはいけない
B|© 2024 Worknote Inc.
"""


EN_7 = """B|Skip to main content
B|We use cookies to improve your experience. By continuing, you agree to our Privacy Policy. Accept Manage settings
B|Sign in Subscribe
B|News Local Politics Business Sports Opinion Weather
B|Home › News › Local
C|Harbor City council approves 12 miles of protected bike lanes after heated debate
B|By Dana Whitfield, Staff Reporter
B|Updated Tuesday, 9:15 p.m.
B|Cyclists ride along Front Street on Monday. (Photo: Marcus Lee/The Harbor Ledger)
C|After nearly four hours of public comment, the Harbor City council voted 6-3 late Monday to fund a network of protected bike lanes connecting the waterfront to the university district.
C|The $18.4 million plan will replace painted lanes on Front Street, Elm Avenue and parts of Route 9 with curb-separated paths. Construction on the first segment is expected to begin next spring.
B|Advertisement
C|"This is about whether a 12-year-old can bike to school without their parents holding their breath," said council member Priya Nandakumar, who sponsored the measure.
C|Opponents, including several shop owners along Elm Avenue, argued that removing&nbsp;roughly 140 street parking spaces would hurt business. "My customers are not going to pedal here with a week of groceries," said Tom Reilly, who owns a hardware store on the corner of Elm and 4th.
C|City staff said a parking study found most Elm Avenue spaces were less than half full on weekdays, and that the plan adds loading zones for deliveries.
C|The council also directed the transportation department to report back within a year on crash data and business revenue along the new corridors.
B|Advertisement
B|Read more
B|Ferry fares set to rise in July, port authority says
B|Harbor City schools weigh later start times
B|Water main break closes part of Route 9
B|New food hall opens in former rail depot
B|Police identify driver in Sunday's highway crash
B|Comments (87)
B|Get the Morning Briefing in your inbox. Enter your email Sign up
B|© 2024 The Harbor Ledger. All rights reserved. Terms of Use Privacy Policy
"""


EN_8 = """B|The Slow Desk
B|Home About Archive Newsletter
B|Essays
C|I deleted every to-do app I owned. Here's what replaced them.
B|Posted on March 3, 2024 by Owen Hartley · 6 min read
B|Share on X Share on Facebook Copy link
C|For about eight years I was a productivity app collector. I migrated my tasks between five different services, each promising that this time the system would finally click. It never did. The lists got longer, the tags got more elaborate, and I got less done.
C|Last autumn I exported everything, archived it, and bought a plain paper notebook.
C|The one-page rule
C|Every morning I write down no more than what fits on a single page. If something doesn't fit, it isn't happening today. That constraint turned out to be the whole point: an app will happily let you schedule 40 tasks for a Tuesday, but paper won't.
C|What I miss, honestly
C|Recurring reminders. I still keep one calendar for things like rent and my dentist, and I don't think that's cheating. I also miss search — flipping back through three months of pages to find a phone number is not fun.
C|I'm not arguing that apps are bad. My point is narrower: if you've spent more time configuring your system than working inside it, the tool might be the problem, not you.
B|Filed under: productivity, notebooks, habits, tools
B|Advertisement
B|About the author: Owen Hartley writes about work, attention and the small tools that shape them. He lives in Leeds with too many pens.
B|Enjoyed this? Join 4,200 readers and get new essays every Sunday. Subscribe � no spam, unsubscribe anytime.
B|You might also like
B|Why I went back to a flip phone (for a month)
B|The case against inbox zero
B|Notes on a year without social media
B|How I plan a week in 15 minutes
B|A notebook is not a personality
B|Leave a comment
B|Your email address will not be published. Required fields are marked *
B|© 2024 The Slow Desk · Powered by WordPress
"""


ZH_CN_9 = """B|首页 > 问答社区 > 家居生活 > 绿植养护
B|登录　注册　｜　发布问题
C|家里的绿萝叶子一直发黄，是浇水太多还是晒太阳太少？
B|提问者：小橙子2021　　发布于 2023-04-12 21:37　　浏览 3,482 次
C|绿萝养了大概半年，放在客厅靠北的窗台上。最近一个月下面的老叶子一片接一片发黄，新叶子也长得很小。我一般每隔三天浇一次水，每次浇到盆底流出水为止。请问问题出在哪里，还有救吗？
B|关注问题　邀请回答　收藏　举报
B|共 4 个回答　｜　按热度排序
C|最佳答案：根据你的描述，八成是浇水太勤了。绿萝虽然喜湿，但盆土长期不干会让根系缺氧，最先表现出来的就是底部老叶发黄。
C|建议先停水，等表层两三厘米的土摸起来干了再浇。如果土一直有酸臭味，就把植株脱盆看看根，黑色发软的烂根要剪掉，然后换疏松透气的新土。
B|👍 赞同 1,206　　💬 评论 58　　分享
B|▶ 多肉化水了还能救吗？三招教你判断
B|▶ 冬天室内养什么花最好？十种耐阴植物推荐
B|▶ 发财树掉叶子的五个原因，最后一个很多人不知道
B|▶ 《星穹旅途》2.1版本新角色强度分析，最强阵容搭配攻略
B|▶ 租房党必看：十平米小阳台改造清单
B|▶ 《王者对决》新赛季上分英雄推荐，打野位首选这三个
C|第二个回答：北窗光线确实偏弱，不过绿萝本来就耐阴，光照不足一般只会让叶片变小、节间拉长，不太会大面积黄叶。可以每周把它挪到有散射光的地方放两三天，配合控水，新叶会慢慢变大。
B|👍 赞同 384　　💬 评论 12
C|第三个回答：还有一种可能是缺肥。半年没换盆也没施过肥的话，可以等根系恢复后每月浇一次稀释的液体肥，千万别在烂根的时候施肥。
C|提问者追问：我刚把它倒出来看了，确实有几根是黑的，剪完以后要不要用多菌灵泡一下？
C|回复：可以用稀释一千倍的多菌灵浸根十分钟，&nbsp;晾干伤口后再上盆，上盆后头一周放在阴凉处，不要浇太多水。
B|查看全部 4 个回答　展开全文
B|男子在自家阳台发现神秘包裹打开后全家惊呆了医生提醒这三种早餐千万别再吃了她靠摆地摊月入三万秘诀竟然是这个
B|上一页 1 2 3 下一页
B|本站部分内容来源于网友上传，仅供参考，如有侵权请联系删除。
B|©2023 绿叶问答网　京ICP备00000000号
"""


ZH_CN_10 = """B|百科　｜　词条　｜　分类　｜　特色词条　｜　帮助
B|网址已复制
C|榫卯
C|榫卯是中国传统木结构建筑和家具中常用的一种连接方式，指在两个木构件上分别加工出凸出的“榫”和凹进的“卯”，使二者相互咬合，从而不用铁钉或胶水即可牢固结合&#12290;
B|广告
B|一杯好水，全家安心
B|「清泉Ｐｒｏ」净水器，五级过滤，即装即用，每天只需一度电。
B|立即免费试用
C|榫卯的凸出部分称为榫头，凹入部分称为卯眼或榫眼。由于木材会随湿度伸缩，榫卯结构在一定范围内允许构件轻微活动，能够吸收震动和变形，因此被认为具有较好的抗震性能。
B|目录
B|1 基本结构　2 常见类型　3 历史　4 参考文献
C|常见类型
C|按照用途和形状，榫卯大致可以分为三类：一是用于面与面拼接的，如燕尾榫、企口榫；二是用于两个构件直角相交的，如直榫、格肩榫；三是用于三个构件交汇的，如粽角榫。
B|燕尾榫的拼合示意（资料图）
C|历史
C|　　考古发现表明，早在约七千年前的河姆渡遗址中，就已经出土了带有榫头和卯眼的木构件，说明当时的人们已经掌握了这种技术。
C|宋代编修的《营造法式》对木作中的榫卯做法有系统记载，明清时期的硬木家具更是将其发展到很高的水平，许多传世家具历经数百年仍不松散。
C|近代以来，随着金属连接件和胶黏剂的普及，榫卯在日常建造中的使用逐渐减少，但在古建筑修缮和手工家具制作中仍被广泛采用，並被視為傳統工藝的重要代表。
B|参考文献
B|相关阅读
B|斗拱　·　营造法式　·　明式家具　·　河姆渡文化
B|词条统计　浏览次数：52,317　编辑次数：23次　最近更新：2022-11-08
B|本词条内容仅供参考，如需专业指导请咨询相关领域专家。
B|© 2024 知木百科　使用百科前必读　百科协议
"""


ZH_TW_9 = """B|購物車（0）　會員登入　｜　訂單查詢　｜　客服中心
B|首頁 > 廚房用品 > 咖啡器具 > 手沖壺
C|山嵐 細口不鏽鋼手沖壺 600ml
B|★★★★☆ 4.6（1,284則評價）　｜　已售出 8,900+
B|NT$1,280　原價 NT$1,680　限時76折
B|加入購物車　立即購買　♡ 收藏
C|商品介紹
C|山嵐手沖壺採用一體成形的鵝頸壺嘴，出水細而穩定�即使是剛開始學手沖的新手，也能輕鬆控制注水的速度與位置。
B|壺嘴細節特寫（圖／山嵐生活提供）
C|壺身使用304食品級不鏽鋼，內部經過拋光處理，不易殘留咖啡油脂與水垢，清洗時只要用溫水沖一下即可。握把加入隔熱設計，長時間注水也不會燙手。
C|底部為複合導磁層，可直接放在瓦斯爐、電磁爐與電陶爐上加熱，不必另外準備煮水壺。
B|⚠ 登入會員即可領取滿千折百優惠券，還沒有帳號？立即註冊
C|規格
C|・容量：600ml（建議注水量450ml）
C|・材質：壺身304不鏽鋼／握把耐熱木材
C|・尺寸：寬22.5 × 高17 × 直徑10.5 cm
C|・重量：約460g
C|・產地：台灣
B|※商品顏色依實際收到為準，因拍攝光線不同可能略有色差。
B|看過此商品的人也看了
B|・山嵐 手沖濾杯V60款　NT$590
B|・電子咖啡秤 0.1g高精度　NT$890
B|・玻璃分享壺 400ml　NT$420
B|・磨豆機 陶瓷磨芯款　NT$1,150
B|更多商品評價 ▼
B|Copyright © 2024 山嵐生活股份有限公司 All rights reserved.
"""


JA_10 = """B|トップ　＞　インタビュー　＞　ものづくりの現場から
B|ログイン　｜　会員登録（無料）
C|「季節を一口で伝えたい」――和菓子職人・松本絵里さんに聞く、百年続く店の新しい挑戦
B|2024年3月18日 10:00　文：編集部　写真：森田光
C|京都・西陣で四代続く和菓子店「松月堂」。昨年、初の女性店主となった松本絵里さんは、伝統の上生菓子を守りながら、若い世代に向けた新商品にも取り組んでいる。店を継いだ経緯と、これからの和菓子について話を聞いた。
B|店頭に並ぶ春の上生菓子（写真：森田光）
C|――お店を継ごうと思ったきっかけは何だったのでしょうか。
C|松本：実は最初は継ぐつもりはまったくなかったんです。大学を出てからは東京でデザインの仕事をしていました。でも、祖父が倒れたときに工房の片付けを手伝って、古い木型が何百個も残っているのを見て、これを途絶えさせたくないと思ったんです。
C|――職人としての修業は大変でしたか。
C|松本：毎朝五時に起きて餡を炊くところから始まりました。父からは「手が覚えるまで十年」と言われて、最初の二年は練り切りを一つも店に出させてもらえませんでした。
B|あわせて読みたい
B|・老舗の味を守る三代目店主が語る「変えないこと」の難しさ
B|・職人の手仕事を支える道具の世界
B|・春の京都、和菓子屋めぐりのすすめ
B|続きを読む
C|――最近は若い人向けの商品も出されていますね。
C|松本：はい、ＳＮＳを見て来てくださる学生さんが増えたので、一個の値段を抑えた小さいサイズの練り切りを作りました。見た目は可愛くても、餡の炊き方は昔とまったく同じです。そこは絶対に変えないと決めています。
C|――これからの目標を教えてください。
C|松本：和菓子は季節を一口で伝えるお菓子だと思っています。桜が咲く前に桜を、紅葉の前に紅葉を。そうやって少し先の季節を届けることを、次の世代にも続けていきたいですね。
B|（聞き手・構成：編集部）
B|この記事が気に入ったら　♡ 128　｜　シェア
B|出典：月刊ものづくり通信 2024年4月号より転載
B|もっと見る
B|知らないと損する年金の新ルール芸能人が通う話題の焼肉店の正体40代から始めた筋トレで人生が変わった話
B|※記事の内容は取材時点のものです。価格や営業時間は変更になる場合があります。
B|Copyright © 2024 Monozukuri Tsushin. 無断転載を禁じます。
"""


JA_11 = """B|○○市立さくら台中学校 公式ホームページ
B|ホーム　学校紹介　学校だより　行事予定　お知らせ　アクセス
B|文字サイズ　小　中　大
B|お知らせ　＞　保護者の皆様へ
C|令和６年度　夏季休業中の生活について（お願い）
B|掲載日：2024年7月12日　更新日：2024年7月16日　担当：生徒指導部
C|保護者の皆様には、日頃より本校の教育活動にご理解とご協力をいただき、誠にありがとうございます。
C|７月20日（土）から８月25日（日）まで夏季休業となります。生徒が安全で充実した休みを過ごせるよう、ご家庭でも以下の点についてお声がけをお願いいたします。
B|【広告】
B|英語、話せるってこんなに楽しい。
B|オンライン英会話「トークパル」なら、1日25分から自宅でネイティブ講師とレッスンできます。
B|まずは無料で試す
C|１．規則正しい生活を心がけ、夜11時以降の外出は控えてください。
C|２．川や海での水遊びは、必ず保護者の方と一緒に行ってください。
C|３．スマートフォンやゲームの利用時間について、ご家庭でルールを決めてください。
C|４．熱中症予防のため、こまめな水分補給と休憩を心がけてください。
C|５．事故やけが、その他心配なことがあった場合は、休業中でも学校までご連絡ください。
C|　なお、８月13日（火）から８月16日（金）は学校閉庁日のため、緊急の場合は市教育委員会（電話 000-000-0000）へご連絡ください。
C|二学期の始業式は８月26日（月）です。元気な姿で登校できるよう、ご協力をお願いいたします。
B|添付ファイル：夏季休業中の生活について（PDF：245KB）
B|PDFファイルをご覧いただくには、Adobe Acrobat Readerが必要です。
B|このページに関するお問い合わせ：さくら台中学校 電話 000-000-0000
B|参考資料
B|前のページへ戻る　ページの先頭へ
B|Copyright © Sakuradai Junior High School. All Rights Reserved.
"""


EN_9 = """B|Skip to content
B|Home  About  Recipes  Garden Log  Contact
B|Subscribe to get new posts by email
C|The Day the Tomatoes Finally Turned Red
B|Posted on August 9, 2023 by Hannah · 14 Comments
C|I almost gave up on them in July.
C|Six plants, three months of watering, and nothing but hard green fruit.
C|This morning I went out with my coffee and there it was.
C|One tomato, fully red, hanging low on the plant by the fence.
B|The first ripe one of the summer, still on the vine (my photo)
C|I didn't pick it right away.
C|I just stood there for a while, feeling a little silly and very proud.
B|Advertisement
B|Your photos, finally organized.
B|SnapVault sorts every picture on your phone automatically, so you can find any memory in seconds.
B|Start your free trial
C|By lunchtime I had sliced it, salted it, and eaten it standing at the counter.
C|It tasted like sunshine&nbsp;and a little bit like relief.
C|Next year I'm planting them two weeks earlier.
C|And I'm keeping a proper log this time, I promise.
B|Share this: Facebook  Pinterest  Email
B|Like this: ♥ 37 likes
B|You may also like
B|How I Finally Got Rid of Aphids Without Chemicals
B|Zucchini Bread, Three Ways
B|My Raised Bed Build, Part 2
B|14 Comments
B|Margaret on August 9, 2023 at 6:12 pm: Congratulations! Mine are still stubbornly green.
B|Load more comments
B|Leave a Reply. You must be logged in to post a comment.
B|© 2023 Hannah's Backyard Diary · Powered by WordPress
"""


ZH_CN_11 = """B|首页 > 游戏资讯 > 手游新闻
B|网址已复制
C|《星轨回响》2.4版本“霜潮之境”今日上线：新角色、新地图与平衡调整一览
B|作者：小鹿酱　2024-03-14 10:22　来源：ＹＹ游戏网
C|　　开发商云栖互娱今天上午宣布，旗下回合制策略手游《星轨回响》２．４版本“霜潮之境”已于10点结束维护并正式上线。本次更新新增一名五星角色、一张开放探索地图，并对多名角色的技能数值进行了调整。
B|▲“霜潮之境”版本主视觉（游戏截图）
C|　　新角色“凛冬守望·薇洛”为冰属性辅助，核心技能可为全队提供护盾，并在护盾破碎时对周围敌人造成减速。官方表示，该角色的限定卡池将持续至4月2日，期间抽取概率提升。
C|　　新地图“潮汐冰原”面积约为此前“赤砂峡谷”的1.5倍，玩家可在其中完成17个世界任务和3个隐藏成就。地图还引入了“冰面滑行”机制，部分宝箱需要借助滑行才能到达。
B|相关阅读：《星轨回响》2.3版本深渊满星阵容汇总
C|平衡性调整
C|　　本次更新下调了“烈阳枪手”的暴击伤害加成，由45%降至38%；同时将“灰烬术士”的持续灼烧伤害上调约12%。制作组在更新公告中写道：“我们注意到部分阵容在高难度深渊中的通关率明显偏高，这次调整是为了让更多角色有上场的机会。”
C|　　此外，新版本还修复了安卓端部分机型闪退、剧情对话字幕错位等问题。维护补偿为300星晶和2瓶体力药剂，玩家可在4月30日前通过游戏内邮件领取。
C|　　对于此次改动，不少玩家在社区中表示欢迎，也有玩家认为枪手的削弱幅度“有点大”。官方随后回应称，将根据数据继续观察，“如有必要，会在2.5版本进行补偿性调整”。&nbsp;
B|展开阅读全文
B|责任编辑：阿峰
B|标签：星轨回响 版本更新 手游 云栖互娱
B|分享到：微信 微博 QQ空间 复制链接
B|上一篇：《王冠与猎犬》国服定档4月，首测开放预约
B|下一篇：国产独立游戏《纸舟》Steam好评率达96%
B|热门攻略
B|1.【攻略】《星轨回响》新手必看：最强配队推荐
B|2.【攻略】《星轨回响》潮汐冰原全宝箱位置汇总
B|3.《幻塔之城》平民玩家开荒路线详解
B|4.【攻略】《深海旅团》零氪也能通关的三套阵容
B|5.《王冠与猎犬》职业强度排行（3月更新）
B|6.《星轨回响》薇洛值不值得抽？技能机制全面解析
B|7.【兑换码】《萌宠大乱斗》最新礼包码汇总
B|评论（128）
B|Copyright © 2024 ＹＹ游戏网 All Rights Reserved
"""


ZH_CN_12 = """B|首页　财经　股票　基金　理财　期货　外汇
B|目录
C|A股三大指数集体收涨 北向资金净流入超60亿元
C|摘要：周三，沪指涨0.82%，深成指涨1.27%，创业板指涨1.65%；两市成交额约9800亿元，较前一交易日明显放量。
B|告别手动记账，让每一分钱都有迹可循
B|《小算盘记账》——拍照识别小票，自动生成月度收支报表
B|新用户注册即送30天高级会员，支持多账户同步与超支提醒。
B|立即下载
C|　　截至收盘，上证指数报3078.45点，深证成指报9612.30点，创业板指报1893.17点。盘面上，半导体、消费电子和汽车零部件板块领涨，银行、煤炭板块小幅回调。
C|　　资金面上，北向资金全天净买入63.2亿元，其中沪股通净买入38.5亿元，深股通净买入24.7亿元，这已是北向资金连续第三个交易日净流入。
B|（图片来源：网络）
C|　　一位券商首席策略分析师对记者表示：“近期宏观数据边际改善，叠加部分行业库存周期见底，市场风险偏好有所回升。但短期成交能否持续放大，仍是判断行情高度的关键。”
C|　　个股方面，两市超过3400只个股上涨，约60只个股涨停。其中，一家消费电子龙头公司股价大涨9.8%，全天成交额突破50亿元。
C|后市展望
C|　　多家机构认为，在政策预期与一季报披露期的双重影响下，市场短期或维持震荡向上格局，建议投资者关注业绩确定性较高的细分龙头，避免盲目追涨题材股。
B|风险提示：本文内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。
B|本文转载自金融界日报，版权归原作者所有，如有侵权请联系删除。
B|责任编辑：王晓&amp;李然
B|网址已复制
B|相关新闻
B|央行开展2000亿元逆回购操作 中标利率维持不变
B|美股三大指数涨跌不一 大型科技股普遍走弱
B|人民币兑美元中间价上调52个基点
B|国际金价再创新高 分析人士称仍有上行空间
B|他靠这个方法一年赚了100万网友直呼太真实月薪三千如何存下第一个十万这五类人千万别买基金银行柜员不会告诉你的存钱秘密
B|评论 0
B|关于我们　联系我们　免责声明　网站地图
"""


ZH_TW_10 = """B|首頁 > 娛樂 > 華語明星
B|2024/05/08 18:45　記者林佳穎／台北報導
C|金曲歌后許安晴宣布暫別舞台 親筆信：想好好陪伴家人
C|　　出道十五年、曾三度獲得金曲獎最佳華語女歌手的許安晴，今（8）日透過經紀公司發表親筆信，宣布將在年底巡演結束後暫停演藝活動，消息一出震撼歌迷。
B|▲許安晴今日發表親筆信，宣布暫別舞台。（圖／翻攝自臉書）
C|　　許安晴在信中寫道：「這些年我一直在路上奔跑，卻很少停下來看看身邊的人。接下來，我想把時間留給家人，也留給自己。」她也感謝歌迷多年來的支持，承諾年底「晴天之後」巡演「每一場都會唱到最後一首歌」。
B|延伸閱讀
B|．天后演唱會門票秒殺 黃牛價翻三倍
B|．金鐘獎入圍名單出爐 新生代演員搶眼
B|．男星婚禮低調辦 好友團全員到齊
B|．《幻域傳說》新手必看！首抽角色推薦與開荒攻略
C|　　經紀公司隨後證實，許安晴並非因健康因素暫別，而是「單純想給自己一段空白時間」，目前也沒有設定復出日期。公司表示尊重她的決定，年底巡演將如期舉行。
C|　　消息曝光後，多位圈內好友紛紛在社群上留言打氣。曾與她合唱的歌手陳立風寫道：「休息是為了走更遠的路，我們等妳。」
C|　　許安晴2009年以專輯《微光》出道，代表作包括〈夏至〉、〈給遠方的信〉等，作品在串流平台上的累積播放次數已超過十億次。
B|（本文經授權轉載自星聞周刊）
B|標籤：許安晴　金曲獎　暫別　巡演
B|分享　讚 2.3萬　留言 856
B|網址已複製
B|熱門新聞　看更多
B|不要再這樣洗臉了！皮膚科醫師曝３大地雷她離婚後淨身出戶�十年後靠這招逆襲超商隱藏版美食曝光網友：吃過回不去了這個星座下半年財運最旺快看看有沒有你
B|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。　接受
"""


JA_12 = """B|ホーム ＞ 健康 ＞ からだの相談室
B|URLをコピーしました
C|【からだの相談室】夜中に何度も目が覚めてしまいます。どうすれば？
B|2024年2月19日 07:00　回答：内科医・森田悠子
C|50代になってから眠りが浅くなったという読者の相談に、内科医が答えます。
B|毎日の一杯で、カラダにうれしい習慣を。
B|「まろやか黒酢ドリンク」公式オンラインショップ
B|初回限定お試しセットが６８％ＯＦＦ、送料も無料でお届けします。
B|今すぐ無料登録
C|Q　52歳の会社員です。ここ１年ほど、夜中の２時や３時に目が覚めてしまい、そのあとなかなか寝付けません。日中も眠気が取れず、仕事に集中できないことがあります。（東京都・男性）
C|A&nbsp;&nbsp;年齢とともに深い眠りの時間が短くなるのは自然な変化で、夜中に目が覚めること自体は珍しくありません。ただ、日中の生活に支障が出ているのであれば、一度生活習慣を見直してみましょう。
B|写真はイメージです
C|まず確認したいのは、寝る前の過ごし方です。寝酒は寝付きをよくするように感じますが、実際には数時間後に眠りを浅くし、夜中に目が覚める原因になります。また、夕方以降のカフェインも控えめにしましょう。
B|関連記事
B|・「寝だめ」は逆効果？　週末の正しい過ごし方
B|・朝食を抜くと太りやすいって本当？
B|・『星降りの庭』最新アップデート情報まとめ
B|・【攻略】『星降りの庭』初心者向けリセマラ当たりランキング
B|・スマホ首を防ぐ３つのストレッチ
C|「眠れないこと」を気にしすぎない
C|眠れないことを心配するあまり、早い時間から布団に入ってしまう方もいますが、これは逆効果です。「眠くなってから布団に入る」「目が覚めても時計を見ない」の２点を意識するだけでも、睡眠の質が改善することがあります。
C|森田医師は「いびきがひどい、寝ている間に呼吸が止まっていると家族に言われた場合は、睡眠時無呼吸症候群の可能性もあります。その際は早めに専門の医療機関を受診してください」と話しています。
B|※この記事は一般的な情報提供を目的としたものです。気になる症状がある場合は医療機関にご相談ください。
B|出典：週刊ヘルスライフ 2024年2月20日号
B|この記事をシェアする　X　Facebook　LINE　はてブ
B|コメント（12）
B|＜ 前の記事　次の記事 ＞
B|カテゴリ：健康・医療　タグ：睡眠　不眠　生活習慣
"""


KO_2 = """B|본문 바로가기
B|로그인　회원가입　사이트맵　ENGLISH
B|홈 > 알림마당 > 구정소식
C|해송구, 노후 공원 12곳 새단장… 다음 달 1일부터 순차 공사 착수
B|등록일 2024-04-22　작성자 공원녹지과　조회수 1,482
C|해송구는 주민 생활권 내 노후 공원 12곳을 대상으로 한 '우리동네 쉼터 새단장 사업'을 다음 달 1일부터 순차적으로 추진한다고 22일 밝혔다.
C|이번 사업에는 구비와 시비를 합쳐 총 38억 원이 투입되며, 조성된 지 20년이 넘은 어린이공원과 소공원이 주요 대상이다. 구는 낡은 놀이시설과 운동기구를 교체하고, 야간 이용이 많은 공원에는 ＬＥＤ 보안등과 CCTV를 추가로 설치할 계획이다.
B|▲ 새단장 공사가 예정된 솔밭어린이공원 전경 (사진=해송구청 제공)
C|공사 기간 중 공원 이용 안내
C|공사는 공원별로 약 2~3개월간 진행되며, 공사 구간에는 안전펜스가 설치돼 이용이 제한된다. 구체적인 공원별 일정은 구청 누리집과 각 동 행정복지센터 게시판에서 확인할 수 있다.
C|1. 1단계(5~7월): 솔밭어린이공원, 매화소공원 등 5곳
C|2. 2단계(8~10월): 갈매기공원, 해오름어린이공원 등 7곳
C|김정훈 해송구청장은 "공원은 주민들이 가장 가까이에서 누리는 휴식 공간"이라며 "공사 기간 동안 다소 불편하시더라도 양해를 부탁드리며, 더 안전하고 쾌적한 공간으로 돌려드리겠다"고 말했다.
B|담당부서 공원녹지과&nbsp;&nbsp;전화 051-000-1234
B|첨부파일　공원별_공사일정표.hwp (48KB)
B|공유하기　페이스북　카카오톡　블로그　URL복사
B|링크가 복사되었습니다
B|이전글　2024년 상반기 민방위 교육 일정 안내
B|다음글　해송구 청년 월세 지원 신청 접수 시작
B|관련 기사
B|해송구 여름 물놀이장 7월 개장 확정
B|구민 정보화 교육 수강생 모집
B|반려견 동물등록 자진신고 기간 운영
B|2024 해송 바다축제 자원봉사자 모집
B|저소득층 에너지바우처 신청 안내
B|개인정보처리방침　저작권정책　이메일무단수집거부
B|Copyright ⓒ Haesong-gu Office. All rights reserved.
"""


FR_1 = """B|Accueil › Voyages › Europe › Portugal
B|Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. OK Paramétrer
C|Trois jours à Porto : mes coups de cœur entre quais, azulejos et caves à vin
B|Publié le 12 juin 2024 par Camille · 8 min de lecture · 23 commentaires
C|Porto m'a conquise dès le premier soir. Voici mon carnet de route pour un long week-end dans la grande ville du nord du Portugal, sans voiture et sans se ruiner.
B|Partez l'esprit léger, parlez comme un local.
B|« Lingo Voyage » : l'appli pour apprendre le portugais en 10 minutes par jour
B|Premier mois offert, sans engagement, sur iPhone et Android.
B|Essai gratuit
C|Jour 1&nbsp;: la Ribeira et le pont Dom-Luís
C|Nous sommes arrivés un vendredi en fin de matinée et avons directement déposé nos sacs dans une petite pension près de la gare de São Bento. Premier réflexe : descendre à pied vers la Ribeira, le quartier des quais, où les façades colorées semblent s'empiler les unes sur les autres.
B|(Photo : Camille D. / Les Carnets de Camille)
C|En fin d'après-midi, nous avons traversé le pont Dom-Luís par le tablier supérieur. La vue sur le Douro au coucher du soleil vaut à elle seule le voyage. De l'autre côté, à Vila Nova de Gaia, les caves se succèdent le long de l'eau.
C|Jour 2&nbsp;: azulejos, librairie et pastéis de nata
C|Le lendemain, direction l'église do Carmo et ses célèbres murs couverts d'azulejos bleus et blancs. Nous avons ensuite fait la queue près d'une heure pour entrer dans une librairie néogothique très prisée des touristes. « Venez tôt le matin ou juste avant la fermeture, il y a deux fois moins de monde », m'a conseillé Rui, un libraire du quartier.
B|À lire aussi
B|Lisbonne en 48 heures : l'itinéraire parfait
B|Nos 10 plus belles plages de l'Algarve
B|Guide : comment voyager en train au Portugal
B|Road trip dans la vallée du Douro : mon budget détaillé
C|Jour 3&nbsp;: dégustation à Gaia
C|Pour notre dernière journée, nous avons réservé une visite guidée dans une cave de porto. Le guide nous a fait goûter un tawny de vingt ans, suivi d'un blanc frais parfait pour l'apéritif. Pour le déjeuner, une francesinha dans un petit caf� de quartier : copieux, mais à tester au moins une fois !
C|Mes conseils pratiques
C|– Prenez la carte Andante pour le métro et les bus, elle se recharge en quelques secondes.
C|– Prévoyez de bonnes chaussures : Porto est une ville de pentes et d'escaliers.
C|– Réservez les visites de caves la veille, surtout le week-end.
B|Tags : Portugal, Porto, city-break, week-end, caves &amp; vins
B|Partager : Facebook Twitter Pinterest WhatsApp
B|Lien copié
B|23 commentaires
B|← Article précédent　Article suivant →
B|© 2024 Les Carnets de Camille – Tous droits réservés
"""


ZH_CN_13 = """B|首页 > 科技 > 前沿探索
B|网址已复制！
B|• 《星穹幻境》新赛季上分攻略，最强出装推荐
B|• 《王者对决》打野位新英雄怎么玩？三套连招教学
B|• 手机电量掉得快？这五个设置赶紧关掉
B|• 《荒野求生记》隐藏地图入口位置一览
B|• 《幻塔纪元》平民阵容搭配，零氪也能通关
B|• 2024年最值得下载的十款修图App
C|我国科研团队在深海热液区发现新型耐高温微生物
C|　　记者从中国科学院海洋研究所获悉，该所研究团队在西南印度洋约2800米深的热液喷口附近采集样本，首次分离出一种可在121℃环境中持续繁殖的古菌。
B|（资料图）深海热液喷口附近的“黑烟囱”
C|　　据介绍，这种古菌细胞膜中含有一类特殊的醚键脂质，能在高温高压下保持结构稳定。研究人员在实验室中模拟了海底环境，发现其在120℃至123℃之间生长最为活跃。
C|　　“以往我们认为生命的温度上限大约在122℃左右，这次的发现让这条边界变得更加模糊。”项目负责人李振华研究员在接受采访时说。
C|　　研究团队还对其全基因组进行了测序，发现其中约三分之一的基因在已知数据库中找不到对应的功能注释。
C|未解之谜仍待破解
C|　　李振华表示，下一步团队将重点研究这些“未知基因”编码的蛋白质，希望从中找到可用于工业催化的耐热酶。
C|　　业内专家认为，这项成果不仅有助于理解地球早期生命的起源，也为寻找地外生命提供了新的参考。相关论文已于本月发表在国际学术期刊上。
B|来源：科技日报&nbsp;&nbsp;作者：王晓雯 2024-03-18 09:42
B|责任编辑：张明
B|标签：深海 微生物 古菌 科研
B|分享到：微信 微博 QQ空间
B|参考文献
B|上一篇：火星车传回最新全景照片
B|下一篇：科学家揭秘候鸟迁徙导航之谜
B|评论（36）
B|版权所有 © 2024 某某科技网 京ICP备12345678号
"""


ZH_CN_14 = """B|财经　股票　基金　理财　期货
B|目录
C|华新电子一季度净利润同比增长37% 海外业务成主要推手
C|　　华新电子4月26日晚间发布2024年第一季度报告，公司实现营业收入86.4亿元，同比增长21.5%；归属于上市公司股东的净利润9.7亿元，同比增长37.2%。
B|【广告】
B|告别腰酸背痛，从一把好椅子开始
B|「云躺人体工学椅Ｐｒｏ」
B|独家三维腰托设计，久坐8小时依然轻松自在。
B|现在登记即可免费试用30天，点击立即领取＞＞
C|　　财报显示，公司海外市场收入达到31.2亿元，占总营收比重首次超过三分之一。其中东南亚地区销售额同比增长超过60%，成为增长最快的区域。
C|　　毛利率方面，一季度公司综合毛利率为24.8%，较去年同期提升2.1个百分点。公司解释称，主要得益于高端产品占比提升以及原材料价格回落。
C|　　公司董事会秘书陈立在业绩说明会上表示：“我们在越南的新工厂已于3月正式投产，预计全年产能将提升约15%，海外订单目前已排到第三季度。”
C|　　不过，报告期内公司研发费用同比增长42%，达到5.3亿元，销售费用也有明显上升。有分析师指出，费用的快速增长可能会对后续季度的利润率形成一定压力。
C|　　截至4月26日收盘，华新电子股价报38.62元，全天上涨2.35%，总市值约520亿元。
B|（截图）华新电子2024年一季度主要财务数据
B|本文不构成任何投资建议，股市有风险，投资需谨慎。
B|编辑：刘洋　校对：赵敏
B|热门推荐：男子退休后每月多领2000元，原来是做了这件事 这三种水果千万别空腹吃，很多人还不知道 50岁阿姨靠摆摊买下两套房 央行最新消息！这类存款要变了 夏天到了，这种鞋子穿了伤脚
B|• 《全民飞车》S12赛季最强车辆排行
B|• 《原野之歌》新手前期资源规划指南
B|• 《口袋军团》五星角色强度榜，这三个必练
B|• 如何用手机拍出大片感？三个构图技巧
B|• 《神域传说》公会战阵容推荐
B|相关新闻
B|© 2024 财经在线 未经授权禁止转载
"""


ZH_TW_11 = """B|汽車頻道　新車　試駕　評測　二手車
B|本網站使用Cookie以提升您的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
B|我知道了
C|【試駕】鴻馳Aria油電版小改款：省油之外，這次連操控都進步了
B|文／林育廷　2024-05-12 14:30
B|分享　讚 128　留言 42
C|　　小改款Aria在外觀上變化不大，主要調整了前保桿與水箱護罩造型，但真正的重點藏在車子裡面：全新一代油電系統讓綜合馬力提升至196匹。
B|▲新款Aria油電版外觀變化不大。（圖／記者林育廷攝）
C|　　實際上路後，最明顯的感受是起步更加輕快。過去油電車常被詬病的「橡皮筋效應」明顯改善，在市區跟車時加速反應相當直接。
C|　　懸吊部分，原廠重新調校了後懸吊的阻尼設定，過彎時車身側傾控制得比舊款好，高速通過伸縮縫的餘震也收斂得很快。
C|　　油耗是這台車的強項。這次試駕約250公里，包含市區與高速公路，儀表顯示平均油耗為每公升21.6公里，比官方數據略低，但仍相當出色。
C|優缺點整理
C|優點：油耗表現優異、起步加速更輕快、主動安全配備齊全
C|缺點：後座中央地板隆起、車機介面反應偏慢、中控台硬塑料偏多
C|　　總結來說，如果你需要一台好開、省油又不想花太多心思保養的家庭休旅，新款Aria油電版依然是同級中最穩妥的選擇之一。
B|延伸閱讀：
B|‧ 《極速狂飆》新賽季上分攻略，最強改裝推薦
B|‧ 《戰國英雄傳》五月活動攻略總整理
B|‧ 2024年最省油的10款休旅車排名出爐
B|‧ 《夢幻牧場》新手必看：前期快速賺錢方法
B|‧ 電動車再降價�車主直呼太傷了
B|‧ 機車駕照筆試題庫懶人包
B|‧ 《魔法學園》角色強度排行
B|TAG：鴻馳 Aria 油電車 試駕
B|本文經授權轉載自車訊快報，原文刊載於2024年5月10日。
B|回到頂部
"""


JA_13 = """B|ニュース　天気　災害　地域　スポーツ
B|URLをコピーしました
C|静岡市で記録的大雨　一部地域に避難指示、住宅の浸水被害も
C|　静岡市では２日夜から３日未明にかけて発達した雨雲が停滞し、市内の観測地点で１時間に98ミリの猛烈な雨を観測した。市は同日午前2時すぎ、葵区と駿河区の一部約1万2000世帯に避難指示を出した。
B|写真はイメージです
C|　市によると、３日朝までに住宅の床上浸水が少なくとも40棟、床下浸水が約180棟確認された。けが人の情報は今のところ入っていない。
C|　駿河区に住む70代の女性は「玄関のすぐ前まで水が来て、怖くて一睡もできなかった。こんな雨は生まれて初めて」と話した。
C|　気象台によると、前線の影響で４日にかけても断続的に雨が降る見込みで、土砂災害や河川の氾濫に引き続き厳重な警戒を呼びかけている。
C|　ＪＲ東海道線は始発から静岡－浜松間で運転を見合わせており、市内の小中学校の多くが臨時休校となった。
B|（静岡テレビ放送）
B|2024年6月3日 11:05 更新
B|この記事をシェアする　Ｘ　Facebook　LINE
B|コメント 12件
B|関連ニュース
B|アクセスランキング
B|1. 【星霊クエスト】新キャラ最強ビルド解説、おすすめ装備まとめ
B|2. 【ドラゴンアリーナ】新イベント攻略、適正キャラランキング
B|3. スマホの容量不足を一瞬で解決する方法
B|4. 【ねむねむ牧場】効率的なレベル上げのコツ
B|5. 【ギャラクシーレーサー】チャンピオン戦攻略
B|6. 新NISAで損しないための３つのポイント
B|当サイトはCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。
B|同意する
"""


JA_14 = """B|レシピ　コラム　特集　動画
B|目次
C|【季節のおかず帖】新玉ねぎの丸ごとスープ　レンジで簡単、甘さが際立つ一品
C|甘くてみずみずしい新玉ねぎが出回る季節。今回は、玉ねぎを丸ごと使った、見た目にも楽しいスープをご紹介します。
B|PR
B|毎朝のスキンケア、これ一本で。
B|「うるおい美肌ジェル　モイストＥＸ」
B|化粧水・乳液・美容液・クリームの役割をひとつに。忙しい朝の時短に。
B|今なら初回お試しセットが無料！お申し込みはこちら
C|材料（2人分）
C|新玉ねぎ2個、ベーコン2枚、コンソメ顆粒小さじ2、水400ml、塩・こしょう少々、パセリ適量
C|　玉ねぎは皮をむき、上下を少し切り落とします。上から十字に深さ半分ほどの切り込みを入れておくと、火が通りやすく味もしみ込みやすくなります。
C|　耐熱ボウルに玉ねぎと水、コンソメ、細切りにしたベーコンを入れ、ふんわりとラップをかけて600Wの電子レンジで約12分加熱します。竹串がすっと通れば完成です。
C|　器に盛り、塩・こしょうで味を整え、刻んだパセリを散らします。とろりとした玉ねぎの甘さに、ベーコンのうまみがよく合います。
C|ワンポイント：切り込みは深さ半分まで。入れすぎると加熱中に崩れてしまいます。
B|写真はイメージです
B|文・料理／森田さくら（料理研究家）　撮影／田中浩二
B|#新玉ねぎ #スープ #レンジ調理 #時短レシピ
B|この記事が気に入ったら&nbsp;いいね！
B|人気の記事：【驚愕】冷蔵庫のこの場所に卵を置くのはNG 100均の神アイテム5選 たった3分で部屋が片付く裏ワザ 40代から始める簡単筋トレ 知らないと損するポイ活術
B|前の記事へ
B|次の記事へ
"""


EN_10 = """B|The Margin Notes
B|Home　Reviews　Interviews　About　Contact
B|We use cookies to personalise content and analyse our traffic. By continuing you accept our cookie policy.
B|Accept all
B|Manage preferences
C|Review: "The Salt Orchard" is a quiet novel that refuses to let you go
B|Posted by Hannah Lowe on 14 March 2024&nbsp;·&nbsp;5 min read
B|8 Comments
C|I went into Mira Castell's second novel expecting a gentle family saga, and for the first fifty pages that is exactly what it is: three sisters, a failing apple farm on a windy stretch of coast, and a father who has stopped talking.
C|Then the sea starts to come in. Not dramatically, but a few metres each season, turning the lower rows of trees grey and brittle. Castell never lets the flooding become a metaphor you can point at; it is simply there, like weather, and the sisters have to decide how much of their lives to give to a place that is slowly disappearing.
B|Cover image courtesy of the publisher.
C|What I loved
C|The prose is plain but precise. There is a scene where the youngest sister, Ros, counts the surviving trees out loud and loses track at forty-one, and Castell lets the silence after that do all the work.
C|"I wanted to write about people who stay," Castell said in a recent interview. "Everyone writes about leaving. Staying is harder to make interesting, and more common."
C|What didn't quite work
C|The middle section, told from the father's point of view, drags. It fills in backstory we had mostly guessed, and the book loses momentum just when it should be tightening.
C|Still, this is one of the most affecting novels I have read this year. Four out of five stars.
B|Tags: fiction, literary fiction, climate, family, book review
B|Share: Facebook · Twitter · Pinterest · Email
B|Link copied!
B|You might also like: 10 Books Every Introvert Will Relate To You Won't Believe What This Author Did Next The One Reading Habit Successful People Swear By Why Everyone Is Talking About This Debut 7 Summer Reads Under 300 Pages
B|← Previous post
B|Next post →
B|© 2024 The Margin Notes. All rights reserved.
"""


ZH_CN_20 = """B|首页 | 政务公开 | 政策解读 | 办事服务 | 互动交流
B|当前位置：首页 > 政策解读 > 部门解读
C|图解：我市电动自行车蓄电池管理新规9月1日起施行
B|来源：临江市消防救援支队　发布时间：2024-07-18 09:32　浏览次数：3261
B|【字体：大 中 小】　打印本页　分享到：
C|为进一步规范电动自行车蓄电池的销售、充电和更换行为，防范化解电动自行车火灾风险，《临江市电动自行车蓄电池安全管理规定》（以下简称《规定》）经市政府常务会议审议通过，将于2024年9月1日起正式施行。下面，我们就市民关心的几个问题进行解读。
C|一、出台背景是什么？
C|近三年来，全市共发生电动自行车火灾142起，其中因蓄电池故障、违规改装和私拉电线充电引发的占八成以上。部分市民购买来源不明的“翻新电池”，或擅自将铅酸电池更换为大容量锂电池，给自身和邻居带来严重安全隐患。
C|二、对电池销售有哪些要求？
C|《规定》明确，在本市销售的电动自行车蓄电池应当符合国家强制性标准，并在外壳显著位置标注生产企业、生产日期和额定容量。销售者应当建立进货查验台账，不得销售翻新、拼装或者无标识的蓄电池。
C|三、居民在哪里充电才合规？
C|禁止在建筑物的公共门厅、疏散通道、楼梯间、安全出口处停放电动自行车或者为其充电；禁止从住宅内私拉电线、插座为电动自行车充电。物业服务企业应当配合街道、社区在小区内设置集中停放和充电场所。
C|四、违反规定会受到什么处罚？
C|对销售不合格蓄电池的，由市场监管部门责令改正，处五千元以上三万元以下罚款；对在楼道等公共区域充电且拒不改正的个人，由消防救援机构给予警告或者处五百元以下罚款。
C|五、政策问答
C|问：家里现有的电池不符合新标准，需要马上更换吗？
C|答：《规定》施行前已经购买并正常使用的蓄电池，可以继续使用至报废，但不得进行改装或者扩容。建议市民定期到正规维修点检测电池状况，发现鼓包、漏液等情况及时更换。
C|问：以旧换新有没有补贴？
C|答：有。9月1日至12月31日期间，市民交售旧电池并购买符合标准的新电池，可享受最高200元的以旧换新补贴，具体网点可通过“临江消防”公众号查询。
C|问：小区没有充电设施怎么办？
C|答：可向所在社区或者物业反映，街道将统筹推进充电设施建设，力争今年年底前全市住宅小区集中充电设施覆盖率达到90%以上。
C|市消防救援支队提醒，电动自行车充电时间一般不宜超过8小时，切勿在夜间无人看管时长时间充电，共同守护家庭和社区的消防安全。
B|本文经授权转载自微信公众号“临江发布”（ID：linjiangfabu）
B|责任编辑：周晓岚
B|相关链接
B|• 新手必看，《星海远征》最强阵容推荐
B|• 《幻境物语》平民玩家零氪开荒全攻略
B|• 《剑与山河》第三赛季新英雄技能解析
B|• 《萌宠大作战》隐藏关卡通关技巧汇总
B|惊！这种水果晚上千万别吃 90后女孩存款百万的秘密竟然是这个 医生提醒：这三种早餐最伤胃 男子捡到一张旧彩票结果让全村沸腾
B|上一篇：我市启动夏季高温作业劳动保护专项检查
B|下一篇：关于2024年度城乡居民医保缴费的通知
B|主办单位：临江市人民政府办公室　版权所有　ICP备案号：临ICP备12034567号-1
B|网站标识码：3306000012　公安备案号：33060202000123号
"""


ZH_TW_20 = """B|科技癮 TechAddict
B|首頁　手機　筆電　穿戴裝置　開箱　評測
B|首頁 › 手機 › 評測
C|【評測】Norvo Pulse 12 Pro 開箱：萬元有找的大電量旗艦殺手？
B|作者：林子翔　2024/06/03 14:20
B|分享到 Facebook　分享到 LINE　複製連結
C|國產品牌 Norvo 今年推出的 Pulse 12 Pro，主打 6000mAh 大電池和 100W 快充，售價卻壓在新台幣一萬出頭。筆者實際使用兩週，從日常滑社群、拍照到長時間手遊，來看看這支手機到底值不值得入手。
B|【廣告】出國追劇不卡頓？「SwiftTunnel VPN」全球 90 國節點，一鍵連線
B|現在訂閱年方案享 7 折，首 30 天不滿意全額退費
B|立即了解 ›
C|外觀與手感
C|Pulse 12 Pro 採用霧面玻璃背蓋，摸起來不沾指紋，四邊微曲的設計讓 6.7 吋的大機身握起來不至於太吃力。相機模組改成左上角的圓角矩形，比起前代凸出感明顯降低，平放桌面時也比較不會晃。
B|Norvo Pulse 12 Pro 提供霧銀、松綠、石墨黑三色（攝影：林子翔）
C|規格一覽
C|螢幕：6.7 吋 OLED，2400×1080，120Hz
C|處理器：Helios H9 八核心
C|記憶體：12GB RAM＋256GB 儲存空間
C|主相機：5000 萬畫素（OIS）＋800 萬畫素超廣角
C|電池：6000mAh，支援 100W 有線快充
C|重量：198 公克
C|防水防塵：IP65
C|效能與續航
C|在實際測試中，連續播放線上影片 10 小時後仍剩下 38% 電量，一般使用情境下撐兩天沒有問題。100W 快充從 5% 充到 100% 約需 32 分鐘，中午吃個飯的時間就能充飽。玩《星穹幻想》這類重度遊戲時，機身背面溫度最高約 43 度，畫面偶有掉幀，但整體仍在可接受範圍。
C|相機表現
C|白天光線充足時，主鏡頭的色彩偏向討喜的鮮豔風格，細節也相當銳利；夜拍模式需要約 2 秒的等待時間，暗部雜訊控制得不錯，不過超廣角鏡頭在弱光下就明顯力不從心，邊緣畫質糊成一片。
B|夜拍模式實拍，河濱公園碼頭（攝影：林子翔）
C|優點
C|電池續航力表現突出，重度使用也能撐一整天
C|100W 快充速度快，原廠盒內附充電器
C|螢幕亮度高，戶外陽光下依然清晰
C|缺點
C|超廣角鏡頭夜拍畫質普通
C|沒有無線充電功能
C|系統預裝 App 偏多，需要手動移除
C|總結來說，如果你最在意的是續航和充電速度，又不想花到三萬元買頂級旗艦，Norvo Pulse 12 Pro 會是今年中階市場相當值得考慮的選擇。
B|標籤：#Norvo　#手機評測　#中階手機　#快充
B|分享　按讚　收藏
B|延伸閱讀
B|Aster X5 一週體驗：小螢幕手機還有市場嗎？
B|2024 上半年 CP 值最高的五款手機推薦
B|© 2024 科技癮 TechAddict. All rights reserved.
"""


JA_20 = """B|くらしと手仕事マガジン「TENOHIRA」
B|ホーム ＞ インタビュー ＞ 器をつくる人
C|土と火に耳を澄ます――陶芸家・森川あかねさんに聞く、日々の器のつくりかた
B|2024.05.21　文：高橋みのり　写真：大野健
B|URL をコピーしました！
B|目次
B|1. 器の道に進んだきっかけ
B|2. 作品づくりで大切にしていること
B|3. これからの挑戦
C|岐阜県の山あいにある小さな工房で、日常づかいの器をつくり続けている陶芸家の森川あかねさん。やわらかな乳白色の釉薬と、手に取ったときのほどよい重みに惹かれるファンは多い。工房を訪ね、ものづくりへの思いを聞いた。
C|器の道に進んだきっかけ
C|――陶芸を始めたのはいつ頃ですか？
C|大学では建築を学んでいたんです。卒業旅行で訪れた窯元で、職人さんが黙々とろくろを回す姿を見て、「ああ、こういう仕事がしたい」と思ったのが最初ですね。そのまま弟子入りをお願いして、五年間修業しました。
C|――修業時代で印象に残っていることは？
C|師匠はほとんど言葉で教えない人でした。失敗した器を割られることもありましたが、なぜ割られたのかを自分で考えることが、今の私の土台になっていると思います。
B|工房の棚に並ぶ、焼き上がったばかりの飯碗
C|作品づくりで大切にしていること
C|――作品づくりで大切にしていることは？
C|使う人の台所や食卓を想像することです。きれいな器でも、洗いにくかったり重ねにくかったりすると、結局しまい込まれてしまう。毎日の暮らしの中で自然と手が伸びる器でありたいと思っています。
C|――釉薬はすべてご自身で調合されているそうですね。
C|はい。近くの山で採れる長石や、薪ストーブの灰を使っています。同じ配合でも季節や窯の中の位置で色が変わるので、正直いまだに思いどおりにはなりません。でも、その揺らぎこそが手仕事のおもしろさだと感じています。
C|これからの挑戦
C|――今後挑戦してみたいことを教えてください。
C|地元の土だけで、器を一から完結させることです。土を掘るところから始めると一年がかりになりますが、この土地でしか生まれない器をつくってみたい。それから、子どもたち向けの陶芸教室も続けていきたいですね。
C|――最後に、読者へメッセージをお願いします。
C|器は使ってこそ育つものです。しまっておかずに、ぜひ毎日の食卓で気軽に使ってみてください。
B|PROFILE
B|森川あかね（もりかわ・あかね）　1986年愛知県生まれ。大学卒業後、岐阜県内の窯元で修業を積み、2015年に独立し「森川窯」を開く。全国のギャラリーで個展を開催している。
B|この記事をシェアする　X　Facebook　LINE　はてな
B|関連記事
B|木のスプーンを削る週末――木工作家の小さなアトリエへ
B|藍染めを暮らしに取り入れる5つのアイデア
B|金継ぎ入門：欠けた器をよみがえらせる基本の道具
B|© TENOHIRA magazine All Rights Reserved.
"""


EN_20 = """B|The Harwick Gazette
B|News | Sport | Business | Opinion | Lifestyle | Obituaries
B|Sport > Football > Harwick Town
B|We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Manage settings
C|Harwick Town edge Millbrook Rovers in five-goal thriller to go top
B|By Daniel Okafor, Sports Reporter
B|Published 21:48, Saturday 14 September 2024
B|Share on Facebook | Share on X | Email
C|Harwick Town moved to the top of the Southern Counties League for the first time in three seasons after a dramatic 3-2 win over Millbrook Rovers at a rain-soaked Castle Lane on Saturday afternoon.
B|Tom Ashby celebrates his winner in front of the Castle Lane stand. Photo: Harwick Gazette / Lee Marsh
C|The visitors started brightly and took the lead on 12 minutes when Rovers striker Kyle Denning was left unmarked at the back post to head in a deep cross from the right.
C|Town responded well. Captain Ryan Doyle levelled ten minutes before the break with a low drive from the edge of the box, and Jamie Pell put the hosts ahead just after half-time, tapping in after the Rovers goalkeeper spilled a corner.
C|Millbrook refused to go quietly. Substitute Aaron Fitch struck a curling free-kick into the top corner with 15 minutes remaining, and for a spell it looked as though Rovers might snatch all three points.
C|But with the clock ticking into stoppage time, 19-year-old Tom Ashby latched onto a long ball, held off two defenders and slotted past the keeper to send the home crowd of 612 into raptures.
C|"The lads showed real character today," said Town manager Steve Hollis. "We went behind against a very good side and we never stopped believing. Tom has worked so hard in training and he deserves that moment."
C|Rovers boss Gary Whitlow was left frustrated. "We've given away two soft goals and you can't do that away from home," he said. "We'll look at it and go again on Tuesday."
C|Southern Counties League results
C|Harwick Town 3-2 Millbrook Rovers
C|Eastmoor Athletic 1-1 Fernbury United
C|Port Selby 0-2 Oakridge Villa
C|Stanmere FC 4-0 Bramley Heath
C|Harwick Town travel to Fernbury United next Saturday, kick-off 3pm.
B|Live updates
B|17:02 Full-time: Stanmere FC 4-0 Bramley Heath
B|16:55 GOAL! Ashby wins it for Harwick in the 92nd minute
B|16:31 Red card at Port Selby as Oakridge go down to ten men
B|16:12 Team news confirmed for Tuesday's cup tie
B|Most read
B|1. Plans for new retail park on Mill Road approved
B|2. Road closures announced for town centre resurfacing
B|3. Former mayor honoured at community awards night
B|4. Bakery chain to open first branch in Harwick
B|Get the Gazette Sport newsletter
B|The latest results, transfer news and match reports sent straight to your inbox every Monday.
B|Enter your email address  Sign up
B|© 2024 Harwick Gazette Media Ltd. All rights reserved.
"""


JA_21 = """B|たびまち案内
B|トップ ＞ 温泉 ＞ 東北 ＞ 山形県 ＞ 白霧温泉
C|【白霧温泉】湯けむりの石畳を歩く、山あいの小さな温泉街ガイド
B|更新日：2024年10月2日
C|山形県の山あいにある白霧温泉は、開湯800年と伝わる歴史ある温泉地。川沿いに木造旅館が立ち並び、夕暮れになるとガス灯がともる石畳の温泉街は、どこを切り取っても絵になる風景です。この記事では、アクセスや立ち寄り湯、食べ歩きグルメまでまとめて紹介します。
B|＼今ならお得！／温泉旅館を探すなら「ゆやどナビ」
B|人気の宿が最大20％OFF。会員登録でさらに1,000円分のポイントをプレゼント
B|今すぐ空室をチェック ›
C|白霧温泉とは
C|泉質は硫黄を含む単純温泉で、やわらかな白濁の湯が特徴です。肌あたりがよく、古くから「美肌の湯」として湯治客に親しまれてきました。
C|アクセス
C|電車：JR山形駅から在来線で約50分、「白霧口駅」下車。駅から路線バスで約15分
C|車：高速道路「白霧IC」から約20分
C|高速バス：仙台駅前から直行便で約2時間（冬季は1日2便）
C|立ち寄り湯
C|温泉街の中心にある共同浴場「かじか湯」は、地元の人も通う素朴な湯。入浴料は300円と手頃で、朝6時から営業しているので、宿の朝ごはん前にひと風呂浴びるのもおすすめです。
B|川沿いに建つ共同浴場「かじか湯」（写真はイメージです）
C|食べ歩きグルメ
C|名物は、温泉の蒸気でふかした「湯けむりまんじゅう」。黒糖の香りが広がる生地に、こしあんがたっぷり詰まっています。もう一つのおすすめは、大鍋で煮込んだ玉こんにゃくの串。甘じょっぱいしょうゆ味がくせになります。
C|ベストシーズン
C|新緑の5月と紅葉の10月下旬が特に人気です。冬は雪見風呂が楽しめますが、道路が凍結するため車で訪れる場合はスタッドレスタイヤが必須です。
C|ゆったりとした時間が流れる白霧温泉で、日ごろの疲れを癒やしてみてはいかがでしょうか。
B|#山形旅行 #白霧温泉 #温泉街 #東北旅行 #女子旅
B|この記事が気に入ったらシェアしよう
B|関連記事
B|東北の秘湯ランキング10選｜一度は泊まりたい一軒宿
B|雪見風呂が楽しめる冬の温泉旅館まとめ
B|運営会社　プライバシーポリシー　お問い合わせ
B|© 2024 たびまち案内
"""


ZH_CN_21 = """B|弦音社区
B|首页 | 吉他 | 尤克里里 | 乐理 | 器材 | 二手市场
B|弦音社区 › 吉他新手区 › 帖子详情
C|30岁零基础自学吉他，每天只有一小时，怎么练才不会放弃？
B|楼主：晚风不吹　发表于 2024-03-12 22:41　查看：5832　回复：47
C|本人30岁上班族，一直想学吉他，上个月终于买了一把入门民谣琴。跟着视频练了三周，左手指尖疼得厉害，F和弦到现在按不响，越练越没信心。想问问各位前辈，像我这种每天只能挤出一小时的，应该怎么安排练习？需要报班吗？
B|收藏　分享　举报
B|2楼
B|老周的琴房　　👍 326
C|指尖疼是必经阶段，一般坚持两到三周就会长出薄茧，别因为疼就停。我的建议是把一小时拆开：前十分钟爬格子热身，接着二十分钟练和弦转换，比如C到G、Am到Em来回换，用节拍器从60拍开始，然后二十分钟练一首简单的完整曲子，最后十分钟随便弹着玩。F和弦先别死磕，可以先用小横按或者简化版代替，等手指力量上来了再回头练，很多人都是练了两三个月才按响的。
B|2024-03-12 23:05　回复
B|3楼
B|Luna弹唱日记　　👍 198
C|我也是成年后自学的，最大的体会是一定要有一首自己特别想弹的歌当目标。单纯练基本功很枯燥，很容易放弃。挑一首只有四五个和弦的慢歌，先把扫弦节奏练熟，再慢慢加上唱。每周录一段视频给自己听，一个月后对比一下，你会发现进步比想象中大，这种成就感比什么都管用。报班不是必须的，但如果身边有会弹的朋友，偶尔请他帮你看看姿势，能少走很多弯路。
B|2024-03-13 08:17　回复
B|4楼
B|木吉他修理匠　　👍 154
C|补充一点容易被忽略的：检查一下你的琴弦高度。很多入门琴出厂时弦距调得偏高，按起来特别费劲，新手会以为是自己手不行。可以拿到琴行花几十块做一次调琴，把弦距降下来，再换一套细一点的弦，比如010规格的，按弦会轻松很多。另外练琴时注意手腕放松，左手拇指放在琴颈后方中间位置，不要用蛮力去捏，否则时间长了容易得腱鞘炎。
B|2024-03-13 12:40　回复
B|发表回复　　登录后才能回复
B|热门帖子
B|【经验贴】两年从零到能弹唱50首歌，我的练习表分享
B|预算两千以内的单板吉他怎么选？附试琴心得
B|指弹入门曲目推荐，适合半年以上琴龄
B|求助：琴颈弯了还能自己调吗？
B|明星夫妻同框现身机场 这款国产手机卖疯了 中年男人每天喝一杯竟然瘦了20斤 吃完这种零食孩子成绩突飞猛进
B|关于我们 | 社区规范 | 联系方式　© 2024 弦音社区　京ICP备18000000号
"""


ZH_CN_30 = """B|首页 > 本地新闻 > 民生
B|• 萌新必看，《幻境守望者》全职业上分技巧
B|• 零氪也能玩，《云海仙途》平民阵容搭配攻略
B|• 一招制胜，《铁甲纪元》BOSS打法详解
B|• 手残党福音，《萌宠大作战》通关技巧汇总
B|• 老玩家都不知道，《星际拓荒者》隐藏任务攻略
B|• 快速升级，《长安夜行录》练级路线推荐
B|• 限时活动来袭，《奇迹农场》资源获取技巧
C|下月起我市实施生活垃圾分类新规 不按规定投放最高罚200元
B|2024-05-16 09:32 来源：滨江晚报
C|记者从市城市管理局获悉，《滨江市生活垃圾分类管理办法（修订）》将于6月1日起正式施行。新规对居民投放、物业管理和收运处置等环节作出了更细致的规定，其中个人未按规定分类投放且拒不改正的，最高可处200元罚款。
C|据介绍，此次修订是在首部办法实施五年后的一次系统性调整。五年来，全市垃圾分类覆盖率已达到95%以上，但部分小区仍存在“桶边混投”“厨余垃圾带袋投放”等问题，新规正是针对这些薄弱环节进行了补充。
B|（资料图）
C|四类垃圾怎么分？
C|新规继续沿用可回收物、有害垃圾、厨余垃圾和其他垃圾四分类标准，并对部分容易混淆的物品作了明确：
C|• 可回收物：废纸板、塑料瓶、金属罐、旧衣物等，应保持清洁干燥后投放
C|• 有害垃圾：废电池、过期药品、废灯管、油漆桶等，需投入红色专用收集容器
C|• 厨余垃圾：剩菜剩饭、果皮、菜叶、茶渣等，投放时须破袋，包装袋另投其他垃圾
C|• 其他垃圾：卫生纸、烟头、陶瓷碎片、一次性餐具等难以回收的物品
C|定时定点投放成为“标配”
C|新规明确，住宅小区原则上实行定时定点投放，早晚各设置不少于两小时的集中投放时段，非投放时段可设置误时投放点。对于老年人、残疾人等特殊群体，物业服务企业应提供上门收集等便利服务。
C|“我们小区去年就试点了定时投放，一开始有人不习惯，现在大家都养成了早上出门顺手扔的习惯。”家住江北区柳岸花园的居民周女士说，楼下的督导员会提醒大家破袋，桶边比以前干净多了。
C|物业和收运单位同样“有责”
C|除了居民个人，新规对管理责任人的要求也更加严格。物业服务企业未按规定设置分类收集容器或未开展分类指导的，将被责令限期改正，逾期不改的可处以5000元以上5万元以下罚款；收运单位混装混运的，最高可罚10万元。
C|市城市管理局相关负责人表示，新规实施初期将以宣传引导为主，设置三个月的过渡期，过渡期内以劝导和教育为主，之后将依法开展执法检查。
C|市民如对分类有疑问，可通过“滨江城管”微信公众号查询物品类别，也可拨打城管服务热线咨询。
B|责任编辑：陈晓
B|参考资料
B|震惊！她每天只吃这一样东西，三个月瘦了30斤男子下班回家发现家中多了一只猫，监控画面让人泪目90后小伙辞职回乡养鸭，年入百万的秘诀竟然是它医生提醒：这三种早餐千万别再吃了这个小镇一夜之间火了，游客从全国各地涌来退休大爷捡到一块石头，专家鉴定后全场沸腾
B|关于我们 | 联系我们 | 广告服务 | 版权声明 | 网站地图
B|Copyright © 2024 滨江晚报 All Rights Reserved
"""

ZH_TW_30 = """B|首頁 | 美食 | 旅遊 | 生活 | 關於我
B|美食 > 台中
C|【台中西區】巷弄裡的暖心家常味「阿禾食堂」，一碗滷肉飯讓人想天天報到
B|2024年3月12日 ‧ 作者：小米的吃貨日記 ‧ 留言 8 則
C|週末跟朋友約在勤美附近逛街，走累了想找個地方坐下來吃飯，朋友神秘兮兮地說要帶我去一家她從學生時代吃到現在的小食堂。轉進一條不起眼的巷子，門口掛著木頭招牌，寫著「阿禾食堂」四個字，就是這裡了。
B|廣告
B|記帳不再半途而廢！
B|「錢包小管家」
B|自動分類每一筆消費，月底一鍵看懂錢都花去哪裡。
B|立即免費試用，不需綁定信用卡
C|店內環境與氛圍
C|店面不大，大概只有六張桌子，牆上貼滿了手寫菜單和老闆娘隨手畫的插畫，整體是很溫馨的木質調裝潢。我們中午十二點前到，已經坐了七八成滿，看得出來附近上班族很捧場。
C|老闆娘非常親切，看到我們是第一次來，還主動推薦了招牌菜，說滷肉每天早上現滷，賣完就沒了，建議下次可以早點來。
B|（圖／作者提供）
C|這次點了什麼
C|• 招牌滷肉飯（小）35元
C|• 古早味排骨便當 110元
C|• 麻油雞湯 90元
C|• 燙青菜 40元
C|• 手工紅茶 25元
C|招牌滷肉飯：肥瘦比例剛好
C|滷肉飯是我這次最推的一道。肉燥切成小丁，肥瘦大概三七比例，滷汁帶著淡淡的冰糖甜味，不會死鹹，拌進米飯裡每一粒都油亮亮的。上面還放了一片黃蘿蔔，很有古早味。
C|排骨便當：酥脆不油膩
C|排骨是現炸的，外皮裹著薄薄的地瓜粉，咬下去喀滋作響，裡面的肉卻還很多汁。配菜有滷蛋、高麗菜和酸菜，份量對女生來說有點多，但我最後還是全部吃光了。
C|麻油雞湯反而是這次比較普通的一道，麻油香氣夠，但湯頭偏淡，雞肉也稍微柴了一點，如果是冬天來喝可能會更有感。
C|總結與推薦指數
C|整體來說，阿禾食堂是一間價格實在、味道有溫度的家常小店，很適合一個人來吃或跟朋友小聚。滷肉飯和排骨便當一定要點，推薦指數我給4.5顆星，下次還想來試試他們的滷豬腳。
C|店家資訊｜阿禾食堂｜營業時間：週二至週日 11:00–14:00、17:00–20:00（週一公休）
B|分享到：Facebook｜LINE｜Twitter｜複製連結
B|相關文章
B|【台中北屯】銅板價早午餐推薦，厚片吐司控必吃
B|【台中南屯】隱身住宅區的日式咖哩小店，辣度可自選
B|【彰化鹿港】老街散步必吃的五間小吃總整理
B|© 2024 小米的吃貨日記 All rights reserved.
"""

JA_30 = """B|ホーム > 交通 > 鉄道
C|【2025年3月ダイヤ改正】みなと線の新ダイヤをわかりやすく解説
B|2025.02.20 更新
B|URLをコピーしました！
B|目次
B|ダイヤ改正の概要
B|快速列車の停車駅が変わる
B|朝ラッシュ時の増発
B|終電の繰り下げ
B|利用者への影響と注意点
C|ダイヤ改正の概要
C|みなと鉄道は、2025年3月15日（土）にみなと線全線でダイヤ改正を実施すると発表しました。今回の改正では、沿線の宅地開発による利用者の増加に対応するため、快速列車の停車駅見直しと朝の時間帯の増発が大きな柱となっています。
C|改正は平日・土休日ダイヤの両方が対象で、全体の運行本数は1日あたり約20本増える見込みです。
C|快速列車の停車駅が変わる
C|これまで通過していた「桜ヶ丘駅」と「港南台駅」に、すべての快速列車が新たに停車します。両駅周辺では大型マンションの建設が相次いでおり、駅の利用者数はこの5年で約1.4倍に増えました。
C|一方で、停車駅が増えることにより、始発駅から終点までの所要時間は最大で3分ほど長くなります。
C|朝ラッシュ時の増発
C|平日の7時台から8時台にかけて、各駅停車を上下線あわせて6本増発します。これにより、混雑の激しい区間では最短で4分間隔の運転となります。
C|みなと鉄道運輸部の担当者は「沿線のお客さまから混雑緩和を求める声を多くいただいていた。今回の増発で、ピーク時の混雑率を約10ポイント下げられると見込んでいる」と話しています。
C|終電の繰り下げ
C|都心方面からの下り最終列車は、現在の0時05分発から0時20分発へと15分繰り下げられます。残業や会食の帰りでも乗り継ぎがしやすくなります。
C|利用者への影響と注意点
C|改正当日から時刻が変わるため、普段利用している列車の発車時刻が数分ずれる場合があります。特に通勤・通学で乗り換えをしている方は、事前に新しい時刻表を確認しておきましょう。
C|新しい時刻表は3月1日から各駅の窓口で配布されるほか、公式アプリでも確認できます。なお、定期券の区間や運賃に変更はありません。
B|関連記事
B|ICカードのチャージ方法まとめ｜券売機・アプリ・コンビニ別に解説
B|みなと線の混雑する時間帯はいつ？曜日別にデータで比較
B|春休みに行きたい沿線のおでかけスポット10選
B|この記事を書いた人
B|佐々木みどり
B|鉄道ライター。通勤歴15年の経験を活かし、ダイヤ改正や新駅情報をわかりやすく発信しています。趣味は各駅停車の旅。
B|© 2025 まちの交通ガイド
"""

EN_30 = """B|Home / Kitchen / Small Appliances / Blenders
C|Vortexa Pro 900 Review: A Powerful Blender That Doesn't Shout About It
B|By Jordan Ellis | Updated April 8, 2024 | 7 min read
B|We may earn a commission when you buy through links on our site. This doesn't affect our recommendations.
C|I've spent the last six weeks making smoothies, nut butters, soups, and frozen cocktails with the Vortexa Pro 900, a mid-priced blender that promises near-professional performance at roughly half the price of the big names. For the most part, it delivers.
C|It isn't perfect, and it's louder than I'd like at full speed. But for anyone who blends daily and doesn't want to spend $500, it's one of the easiest recommendations I've made this year.
B|Photo: Jordan Ellis
C|Design and Build
C|The Pro 900 has a brushed-steel base with a simple dial and three preset buttons for smoothies, ice crush, and soup. The 64-ounce pitcher is BPA-free Tritan plastic and feels sturdy, with a tamper that fits snugly through the lid.
C|At 17 inches tall with the pitcher attached, it won't fit under some upper cabinets, so measure your counter before ordering.
C|Specifications
C|Motor: 1,500 watts
C|Capacity: 64 oz (1.9 L)
C|Speeds: 10 variable plus pulse
C|Presets: Smoothie, Ice Crush, Soup
C|Dimensions: 8.5 x 9 x 17 in
C|Weight: 10.2 lb
C|Warranty: 7 years
C|Performance
C|Frozen fruit smoothies came out completely smooth in about 45 seconds on the smoothie preset, with no stray chunks of mango or kale stems. Crushing ice took two pulses and produced an even, snow-like texture.
C|The soup preset was the real surprise. After about six minutes of friction heating, a batch of roasted tomato soup was steaming hot and silky, no stovetop needed.
C|Almond butter was the toughest test. It took about four minutes and some tamper work, and the motor got warm, but the result was creamy and spreadable.
B|Get our best kitchen reviews in your inbox
B|Sign up for the weekly Test Kitchen newsletter and never miss a deal.
B|Enter your email
B|Subscribe
C|Pros and Cons
C|Pros
C|+ Blends frozen fruit and leafy greens perfectly smooth
C|+ Soup preset heats soup without a stove
C|+ Long 7-year warranty
C|Cons
C|- Loud at top speed
C|- Too tall for some under-cabinet spaces
C|The Verdict
C|The Vortexa Pro 900 offers most of what premium blenders do for a lot less money. If you can live with the noise and have the counter height for it, it's an excellent everyday workhorse.
B|You may also like
B|The 6 Best Personal Blenders for Smoothies on the Go
B|Immersion Blender vs. Countertop Blender: Which Should You Buy?
B|How to Clean a Blender in 60 Seconds
B|About Us | Privacy Policy | Terms of Use | Contact
B|© 2024 Test Kitchen Media
"""

ZH_CN_31 = """B|首页 发现 话题 问答 登录 注册
B|家居 > 装修
C|新房装修完多久可以入住？甲醛检测合格就能搬进去吗？
C|去年底买的房子，三月份硬装完工，现在家具也基本到齐了。上周自己买了个甲醛检测仪测了一下，显示0.06，说是合格了。但是家里有个两岁的宝宝，总还是不放心。想问问大家一般装修完多久入住比较安全？检测仪的数据靠谱吗？
B|关注问题 · 写回答 · 邀请回答
B|4 个回答 · 默认排序
B|木子李 · 2小时前
C|几十块钱的家用检测仪基本只能看个趋势，准确度很有限，温度湿度变化一下读数就差很多。有宝宝的话建议花几百块请有CMA资质的机构来做一次专业检测，拿到正式报告再决定。
B|赞 36 回复 8
B|暖暖的窝 · 5小时前
C|我家是装完通风了四个月才住的，夏天开窗通风效果最好，因为温度高甲醛释放得快。入住前我们还关窗封闭了12小时再测，这样测出来的数据更接近实际居住的状态。
B|赞 12 回复 3
B|老张说装修 · 3天前
C|干了十几年装修说句实在话：甲醛释放期很长，板式家具可能持续好几年，所以“多久能住”没有标准答案。关键在于源头，选E0级或者ENF级的板材，柜子里少放东西多开门，比买多少活性炭都管用。
C|另外，绿萝、吊兰这些植物更多是心理安慰，别指望它们能把甲醛去掉，该通风还得通风。
B|赞 58 回复 15
B|小鱼干 · 昨天 21:14
C|补充一点，有孩子的家庭除了甲醛还要注意TVOC和苯，很多油漆和胶水的问题主要在这几项。我们当时甲醛合格了，TVOC却超标，又多等了两个月才搬进去。
B|赞 9 回复 1
B|写回答
B|相关问题
B|家里有甲醛怎么快速去除？
B|装修后多久做甲醛检测最准确？
B|买的新家具有刺鼻气味正常吗？
B|关于我们 · 用户协议 · 隐私政策 · 意见反馈
B|© 2024 邻里问答 版权所有
"""

JA_31 = """B|トップ > 地域 > 東部
C|300年続く「ほたる灯籠まつり」 川面に2千の灯り、外国人観光客も魅了
B|2024年8月18日 19:45
B|この記事は約3分で読めます
B|X（旧Twitter）　Facebook　LINE　はてブ
C|夏の夜の川面を無数の灯籠が彩る「ほたる灯籠まつり」が17日、みずほ町の清瀬川河川敷で開かれた。江戸時代中期から続くとされる伝統行事で、今年は過去最多となる約2千基の灯籠が流され、町内外から約3万人が訪れた。
C|まつりは、川で命を落とした人々の霊を慰めるために始まったと伝えられる。灯籠には参加者が願い事や故人への言葉を書き込み、日没後に地元の僧侶による読経とともに一斉に川へ流された。
B|清瀬川を流れる灯籠を見つめる来場者（17日午後7時半、みずほ町）＝撮影・山田太郎
C|まつりに先立ち、町内の公民館では7月から灯籠づくりの講習会が開かれ、約400人が参加した。和紙に絵を描いたり、竹ひごで枠を組んだりと、親子で作業を楽しむ姿が見られた。
C|今年は町が海外向けのSNS発信に力を入れたこともあり、会場には外国人観光客の姿も目立った。英語の案内板や通訳ボランティアを配置し、灯籠に英語でメッセージを書く人も多くいた。
C|オーストラリアから家族で訪れたエミリー・ハリスさん（34）は、次のように話した。
C|"I wrote a message for my grandmother, who passed away last year. Watching all the lanterns drift down the river together was so peaceful. I didn't expect to feel this emotional, and I'd love to come back next summer."
C|会場周辺には地元の商店や飲食店など約50の屋台が並び、浴衣姿の家族連れや若者でにぎわった。午後8時からは川岸で太鼓の演奏も披露され、灯籠の明かりとともに夏の夜を盛り上げた。
C|地元の保存会によると、かつては担い手の高齢化で規模が縮小した時期もあったが、10年ほど前から地元の中高生が灯籠づくりに参加するようになり、再び活気を取り戻したという。
C|保存会の会長、森田清さん（72）は「若い人や海外の方にも関心を持ってもらえるのはありがたい。形を変えながらでも、この灯りを次の世代につないでいきたい」と話した。
C|町観光協会は来年以降、灯籠の事前予約制の導入や、夜間のシャトルバスの増便を検討しているという。
B|※この記事は、みずほ日報の許諾を得て転載しています。無断転載を禁じます。
B|シェアする
B|X　Facebook　LINE　はてなブックマーク　Pocket
B|関連ニュース
B|花火大会の有料観覧席、今年は完売　駐車場は事前予約制に
B|夏休みの川遊び、水難事故に注意を　消防が呼びかけ
B|町の伝統工芸を学ぶ体験教室、小学生の参加受け付け開始
B|© みずほ日報デジタル
B|利用規約｜プライバシーポリシー｜お問い合わせ
"""


ZH_CN_32 = """B|· 零氪也能玩，《原野之歌》平民开荒阵容搭配攻略
B|· 三分钟学会，《星轨旅人》隐藏任务触发技巧
B|· 别再乱抽了，《云端战记》卡池保底机制全解析
B|· 老玩家都在用，《海港物语》快速刷金币攻略
B|· 一招破局，《迷城守望》第七章首领打法技巧
B|· 萌新必看，《灵境食堂》全配方收集攻略
B|· 手残党福音，《疾风车手》漂移入门技巧大全
B|首页 > 教育 > 基础教育 > 正文
C|云州市明年起义务教育招生“一网通办” 公办初中将扩大“多校划片”范围
B|来源：云州晚报　作者：周敏　2024-03-18 09:12　阅读量：3.2万
C|3月17日，云州市教育局发布《2024年义务教育阶段学校招生入学工作实施意见（征求意见稿）》，明确自今年秋季招生起，全市公办小学和初中的报名、材料审核、结果查询将统一通过“云州教育”平台线上办理，家长原则上无需到校现场提交纸质材料。
C|与往年相比，新政在学区划分、随迁子女入学和民办学校招生三个方面作出较大调整。征求意见期截至3月31日，市民可通过市教育局官网或信函方式提出意见。
B|市民在区教育服务中心窗口咨询招生政策。资料图
C|“多校划片”覆盖范围扩大
C|根据征求意见稿，中心城区四个区将有23所公办初中纳入“多校划片”范围，比去年增加9所。划片区域内的适龄学生将按照志愿顺序和电脑随机派位相结合的方式确定就读学校，同一片区内热点学校的派位名额不少于招生计划的50%。
C|市教育局相关负责人介绍，扩大“多校划片”的主要目的是缓解部分片区“学区房”过热的问题。“一套房子锁定一所学校的情况会越来越少，”该负责人说，“我们希望家长把注意力放回孩子本身。”
C|随迁子女入学材料精简为三项
C|往年随迁子女入学需提交的材料多达七项，今年将精简为以下三项：
C|（一）父母一方在本市办理的有效居住证；
C|（二）父母一方在本市连续缴纳社会保险满6个月的证明，可由平台自动核验；
C|（三）实际居住地址证明，包括房产证明或经备案的租赁合同。
C|此外，平台将与公安、人社、住建部门实现数据共享，家长授权后相关信息可自动调取，不再需要自行打印。
C|民办学校继续实行“公民同招”
C|民办初中仍与公办学校同步报名、同步招生。报名人数超过招生计划的，全部实行电脑随机录取，学校不得以面试、测评等任何形式选拔学生，也不得提前组织“掐尖”招生。
C|对于家长普遍关心的时间安排，征求意见稿显示，小学和初中网上报名时间拟定为7月1日至7月10日，派位结果将于7月下旬公布。
C|家住南湖区的刘女士告诉记者，她家孩子今年小学毕业，“以前听说要跑好几趟，还要排队复印材料，现在能在手机上办完，确实省事不少。”
B|（编辑：陈立）
B|本文转载自微信公众号“云州教育发布”（ID：yzjyfb2016），原标题：《重磅！2024年招生新政征求意见》，转载请联系原作者授权。
B|参考资料
B|她嫁给大20岁的老板后才发现真相…这3种水果医生说千万别空腹吃60岁以后尽量少做这件事，很多人不知道男子捡到一部旧手机，打开相册后立刻报警揭秘：为什么一到冬天人就总是犯困？月薪3000和月薪3万的人，差距就在这一点
"""

ZH_CN_33 = """B|首页 | 资讯 | 评测 | 教程 | 问答 | 下载
B|当前位置：首页 > 教程 > 网络设置
C|家里来客人总要问Wi-Fi密码？教你在路由器上开一个“访客网络”
B|2024-05-09 14:36　来源：数码百事通　编辑：林一
C|访客网络是大多数家用路由器都自带的功能，它会单独生成一个Wi-Fi名称和密码，客人连上后可以正常上网，但无法访问家里的电脑、NAS、摄像头等设备。本文以常见的网页管理界面为例，介绍开启访客网络的完整步骤以及几个容易忽略的设置。
B|广告
B|团队协作，从此不再“找文件”
B|「飞象云文档」——一个链接，全员实时协同编辑
B|表格、文档、白板一站式管理，权限精细到每一行，告别版本混乱和反复传文件。
B|立即免费试用，无需绑定信用卡
B|3分钟即可上手 >>
C|开启前的准备
C|在操作之前，请确认你知道路由器的管理地址和管理员密码。管理地址一般印在路由器底部的标签上，常见的有192.168.1.1、192.168.0.1或厂商自定义的域名。如果忘记了管理员密码，只能长按复位键恢复出厂设置，这会清除全部配置，需谨慎。
C|开启访客网络的步骤
C|1. 用手机或电脑连接家里的Wi-Fi，打开浏览器。
C|2. 在地址栏输入路由器管理地址，按回车进入登录页。
C|3. 输入管理员密码，登录后台。
C|4. 在菜单中找到“访客网络”，部分机型位于“高级设置”或“无线设置”下。
C|5. 打开“启用访客网络”开关。
C|6. 设置访客网络名称（SSID）和密码，建议与主网络明显区分。
C|7. 点击“保存”，等待路由器重新加载无线配置，约需30秒。
C|几个建议调整的选项
C|限速：如果家里带宽不大，可以给访客网络设置上下行速度上限，避免客人下载大文件时影响自己的视频会议。
C|有效时长：不少路由器支持设置访客网络的开放时间，例如2小时或24小时后自动关闭，适合临时聚会使用。
C|禁止访问局域网：这一项通常默认开启，请务必确认没有被关掉，否则访客网络就失去了隔离的意义。
C|常见问题
C|有读者反映开启后客人连不上。大多数情况是设备缓存了旧的网络信息，让对方在手机上“忽略此网络”后重新连接即可。如果路由器同时开启了2.4GHz和5GHz的访客网络，也可以尝试换一个频段。
B|链接已复制
B|标签：路由器 访客网络 Wi-Fi 网络安全 家庭网络
B|分享到：微信 微博 QQ空间 复制链接
B|相关阅读
B|路由器摆放位置不对，网速直接减半？
B|Mesh组网和无线中继有什么区别，一文看懂
B|光猫改桥接模式，需要注意哪些问题
B|手机连上Wi-Fi却没有网络，试试这5个办法
B|© 2024 数码百事通 版权所有 未经授权禁止转载
"""

ZH_TW_32 = """B|首頁｜即時｜政治｜社會｜生活｜地方｜文化｜國際｜影音｜訂閱
B|地方 ＞ 嘉義
C|封館２３年的老戲院重新亮燈　嘉義「光華戲院」修復後首映座無虛席
B|記者黃柏翰／嘉義報導
B|2024/10/06 18:42　更新：2024/10/06 19:05
B|分享　ＦＢ　ＬＩＮＥ　複製連結　字級
C|&#12288;&#12288;嘉義市東區的光華戲院在封館２３年後，昨（５）⽇晚間重新開放，首場放映的是1970年代的台語老片，２８０個座位全數售罄，不少長輩帶著孫子前來，在戲院門口合影留念。
B|光華戲院修復後的售票口，保留原本的磨石子檯面。（圖／黃柏翰攝）
C|光華戲院建於1958年，全盛時期一天放映五場，是當地⼈週末最重要的娛樂場所。隨著電視普及和大型影城進駐，戲院在2001年停業，建築長期閒置，屋頂一度坍塌。
C|市府文化局&amp;在地青年團隊「老城⾏動聯盟」從2019年開始與屋主協商，最後以租用２０年的方式取得經營權，並透過３Ｄ掃描記錄原本的建築結構，再依照舊照片復原外牆的馬賽克磁磚與霓虹招牌。
C|修復經費共約新台幣４２００萬元，其中中央補助約六成，其餘由市府與民間募款分攤。
B|延伸閱讀
B|▸嘉義老街屋變身青年旅館　週末一床難求
B|▸百年木造宿舍群開放參觀　預約兩小時額滿
B|▸市區公車新增觀光路線　串聯六大景點
C|保留老記憶　也加入新設備
C|負責修復工程的建築師林雅雯表示，最困難的是放映室。「原本的碳精燈放映機已經鏽到無法拆卸，我們最後決定整台保留當成展示品，旁邊再另外加裝數位放映設備。」
C|戲院內部也做了不少改變。原本的木製座椅因白蟻蛀蝕嚴重，全數換成仿舊樣式的新椅，但保留第一排的十二張原始座椅，讓觀眾體驗早年的坐感。
C|七十八歲的陳阿嬤說，她年輕時就在對面的布莊工作，「那時候下班就跑來看電影，一張票五塊錢，​看完還要去旁邊吃米糕。」她說，沒想到這輩子還能再坐進這間戲院。
C|社區電影院　票價不超過１５０元
C|文化局長表示，戲院未來將以「社區電影院」的方式經營，平⽇放映經典老片與獨立電影，假日則開放給在地學校和團體舉辦講座、演出，票價維持在１５０ 元以內。
C|營運團隊也規劃每月第一個週六舉辦「戲院散步」導覽，帶民眾參觀放映室與後台，報名方式將公布在戲院官方臉書粉絲專頁。由於戲院周邊巷弄狹窄，文化局呼籲民眾盡量搭乘公車或步行前往。
B|#嘉義　#老戲院　#文化資產　#修復
B|加入ＬＩＮＥ好友　新聞不漏接
B|【更多新聞】
B|版權所有©2024 嘉南日報 All Rights Reserved.　本網站內容未經授權不得轉載
B|颱風假怎麼放？各縣市最新公告一次看超商咖啡買一送一只到今天國道連假高乘載管制時段出爐這款手搖飲熱量竟然破千老屋改建民宿遭檢舉　業者喊冤
"""

JA_32 = """B|ホーム ＞ 地域ニュース ＞ 甲信越 ＞ 長野
C|【長野】中山間地で「予約型乗合バス」本格運行へ　北沢町、高齢者の通院の足を確保
B|2024年6月12日 17:05　地域報道部
B|URLをコピーしました
B|目次
B|・定時路線バスを廃止、予約型に一本化
B|・実証運行で利用者は約3倍に
B|・運転手不足という課題も
B|・住民の声
C|長野県北部の北沢町は、町内を走る定時運行の路線バス2路線を9月末で廃止し、10月から利用者の予約に応じて運行する「予約型乗合バス」に全面移行すると発表した。人口減少で空席が目立つ路線を見直し、高齢者の通院や買い物の移動手段を維持する狙いだ。
C|定時路線バスを廃止、予約型に一本化
C|新しい乗合バスは、利用者が前日までに電話かスマートフォンのアプリで予約すると、自宅近くの指定停留所から町内の病院、スーパー、役場などへ送迎する仕組み。運賃は1回300円で、75歳以上と障害者手帳を持つ人は150円に割り引く。
C|車両は10人乗りのワゴン車3台を使い、平日の午前7時から午後6時まで運行する。土日祝日は当面運休とする。
B|実証運行で使われたワゴン車（北沢町提供）
C|実証運行で利用者は約3倍に
C|町は昨年10月から半年間、町内の東部地区で予約型バスを試験的に走らせた。1日あたりの利用者は平均42人で、同じ地区を走っていた路線バスの約3倍に増えたという。
C|町の担当者は「バス停まで歩けなかった人が使えるようになったのが大きい。これまで家族に頼んでいた通院を自分でできるようになったという声も多かった」と話す。
C|運転手不足という課題も
C|一方で、運転手の確保は難しい。町はバス事業者に運行を委託するが、事業者の運転手は現在5人で、うち3人が60代後半。町は大型二種免許の取得費用を最大30万円補助する制度を設け、町内外から運転手を募集している。
C|予約が集中する月曜日の午前中には希望の時間に乗れないケースもあり、町は運行状況を見ながら車両の追加を検討するとしている。
C|住民の声
C|実証運行の期間中に週2回利用していたという80代の女性は「前は片道1時間かけてバス停まで歩いていた。家の近くまで来てくれるので本当に助かる」と喜ぶ。
C|一方、スマートフォンを持たない高齢者からは「電話予約の受付時間をもっと長くしてほしい」との要望も出ている。
B|この記事をシェアする　X　Facebook　LINE　はてブ
B|関連記事
B|【長野】地域おこし協力隊、過去最多の着任　移住相談も増加
B|【新潟】ローカル線の存廃議論、沿線自治体が意見集約へ
B|【山梨】自動運転バス、観光地で試験運行始まる
B|この記事を書いた人
B|三浦 翔太（みうら・しょうた）
B|地域報道部記者。2016年入社。松本支局を経て現職。地方の交通や医療、人口減少の問題を中心に取材している。
B|記者の記事一覧へ ＞
"""

JA_33 = """B|ゆるっと台所ラボ
B|ホーム / キッチン家電 / ハンドブレンダー
B|※本記事はアフィリエイト広告（PR）を含みます
C|3か月使って分かった！コードレスハンドブレンダー「KITORA HB-300」正直レビュー
B|2024.04.21 更新　｜　by まめこ
C|結論から言うと、離乳食やポタージュを少量ずつ作る家庭にはかなりおすすめです。コードレスで取り回しがよく、洗い物も少ない。ただし、氷を砕くような硬い食材には向きません。以下、実際に3か月使ってみて感じたことをまとめます。
B|＼ブログ運営者の方へ／
B|その記事、検索で埋もれていませんか？
B|キーワード分析ツール「ランクノート」なら、上位表示に必要な見出しと共起語がワンクリックで分かります。
B|14日間の無料トライアル実施中　カード登録不要
B|今すぐ試してみる ▶
C|基本スペック
C|・本体重量：約540g
C|・充電時間：約2.5時間（USB Type-C）
C|・連続使用時間：約20分
C|・付属品：チョッパー、泡立て器、計量カップ（600ml）
C|・価格：実売9,800円前後
C|使ってみた感想
C|まず驚いたのはコードがないことの快適さ。これまで使っていたコード付きのブレンダーは、コンロの上の鍋に入れるたびにコードが邪魔で、何度かヒヤッとしたことがありました。HB-300はその心配がなく、鍋を火から下ろしてそのまま撹拌できます。
C|パワーは2段階切り替え。かぼちゃのポタージュならLowで30秒ほどでなめらかになりました。ナッツ類もチョッパーを使えば細かく砕けますが、量が多いと途中で止まるので、少しずつ入れるのがコツです。
C|良かったところ
C|・コードレスで場所を選ばない
C|・ブレード部分が外せて丸洗いできる
C|・運転音が思ったより静か（夜でも気にならない）
C|・充電がType-Cなのでスマホの充電器が使える
C|気になったところ
C|・凍った果物や氷は苦手
C|・連続20分なので、大量調理だと途中で充電が必要
C|・チョッパーの容器がやや小さい
C|こんな人におすすめ
C|毎日少しずつ作る離乳食や、朝のスムージー、スープ作りがメインならストレスなく使えると思います。逆に、作り置きで大量に調理する方はコード付きのパワー重視モデルのほうが合うかもしれません。
B|▼ 楽天市場で価格をチェック
B|▼ Amazonで価格をチェック
B|この記事をシェアする
B|X（旧Twitter）　Facebook　はてブ　Pocket　LINE
B|コメント（3）
B|カテゴリー：キッチン家電　タグ：ハンドブレンダー, 離乳食, 時短
B|© 2024 ゆるっと台所ラボ
"""

EN_32 = """B|Skip to main content
B|Millbrook County | Residents | Business | Government | Services | Contact
B|We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept | Manage preferences
B|Home > Library Services > News & Notices
C|Eastside Branch Library Closing Temporarily for Renovation
B|Posted: March 4, 2024 | Last updated: March 11, 2024
C|The Eastside Branch Library at 412 Orchard Avenue will close to the public from Monday, April 8 through late September 2024 while the building undergoes a major renovation. The project will replace the roof and heating system, add an accessible entrance on the north side, and create a dedicated teen area and two small study rooms.
C|During the closure, library staff will be reassigned to nearby branches, and most services will continue at other locations.
C|Key dates
C|- Friday, April 5: Last day to borrow materials at Eastside Branch
C|- Monday, April 8: Building closes; book drop is sealed
C|- Summer 2024: Pop-up story time at Riverside Park, Wednesdays at 10:30 a.m.
C|- Late September 2024: Expected reopening (date to be confirmed)
C|Where to go instead
C|Cardholders can pick up holds, use computers and print at the following locations:
C|- Central Library, 100 Main Street (open 7 days)
C|- Hillcrest Branch, 2250 Ridge Road
C|- Northgate Branch, 87 Station Lane
C|Holds placed for pickup at Eastside after March 25 will automatically be redirected to Hillcrest Branch unless you choose a different location in your account. Items checked out before the closure can be returned to any branch, and no late fees will be charged on items due during the first two weeks of the closure.
C|Parking and construction traffic
C|Orchard Avenue will remain open to traffic, but the library parking lot will be fenced off for contractor use. Expect occasional lane restrictions between 7 a.m. and 3:30 p.m. on weekdays when materials are delivered.
C|"We know this branch is a second home for a lot of families," said Library Director Janet Okafor. "The work is overdue, and we're doing everything we can to keep programs running nearby while it gets done."
C|Questions about the project can be directed to the library's main information line.
B|Related links
B|Library hours and locations
B|Renovation project FAQ (PDF, 220 KB)
B|Was this page helpful? Yes No
B|Stay informed
B|Sign up for the Millbrook County e-newsletter to get library events and service notices in your inbox.
B|Email address
B|Subscribe
B|Millbrook County Government Center, 500 Civic Plaza, Millbrook, ST 00000
B|Phone: (555) 010-4400 | Email: info@millbrookcounty.example
B|Accessibility | Privacy Policy | Site Map | Employment
B|© 2024 Millbrook County. All rights reserved.
"""

VI_32 = """B|Trang chủ | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật | Sức khỏe | Đời sống
B|Kinh doanh › Nông nghiệp
B|Thứ năm, 14/3/2024, 08:20 (GMT+7)
C|Nông dân miền Tây trồng ca cao dưới tán dừa, thu nhập tăng gấp đôi
C|Trước tình trạng xâm nhập mặn ngày càng sâu, nhiều hộ dân ở xã Tân Hòa đã chuyển một phần diện tích lúa kém hiệu quả sang trồng dừa xen ca cao, giúp thu nhập ổn định hơn.
C|Sáng sớm, ông Nguyễn Văn Tư, 58 tuổi, đã ra vườn kiểm tra những trái ca cao đang chuyển màu vàng cam. Gia đình ông có gần 1,2 ha đất, trước đây trồng hai vụ lúa mỗi năm nhưng liên tục thất mùa vì nước mặn tràn vào đồng trong mùa khô.
C|"Có năm gặt không đủ tiền trả phân, trả công. Tôi nghĩ hoài mới quyết định lên liếp trồng dừa, rồi trồng ca cao xen bên dưới," ông Tư kể.
B|Ông Nguyễn Văn Tư thu hoạch ca cao trong vườn nhà. Ảnh: Minh Khang
C|Theo ông Tư, cây dừa chịu mặn tốt, còn ca cao ưa bóng râm nên rất hợp khi trồng dưới tán. Sau khoảng ba năm, vườn bắt đầu cho thu hoạch đều đặn, mỗi tháng ông bán được hơn 300 kg hạt ca cao tươi cùng vài trăm trái dừa.
C|Tính ra, lợi nhuận mỗi năm của gia đình vào khoảng 150 triệu đồng, gấp đôi so với thời còn trồng lúa. Công chăm sóc cũng nhẹ hơn, chủ yếu là tỉa cành, bón phân hữu cơ và thu hái.
B|Tin liên quan
B|- Giá dừa khô tăng mạnh, thương lái đến tận vườn thu mua
B|- Mùa khô năm nay, mặn có thể vào sâu 60 km
B|- Hợp tác xã ca cao đầu tiên đạt chứng nhận hữu cơ
C|Ông Lê Hoàng Nam, Phó chủ tịch UBND xã Tân Hòa, cho biết hiện toàn xã có khoảng 85 ha dừa xen ca cao với hơn 200 hộ tham gia. Xã đang phối hợp với một hợp tác xã địa phương để bao tiêu sản phẩm, đồng thời hướng dẫn bà con lên men hạt ca cao nhằm bán được giá cao hơn.
C|Tuy vậy, mô hình này cũng có khó khăn. Chi phí ban đầu để lên liếp, đào mương và mua cây giống khá lớn, trong khi phải chờ vài năm mới có thu hoạch. Một số hộ thiếu vốn phải vay ngân hàng hoặc chỉ chuyển đổi từng phần nhỏ diện tích.
C|"Chúng tôi mong có thêm chính sách hỗ trợ vốn vay ưu đãi cho những hộ chuyển đổi cây trồng, nhất là hộ cận nghèo," ông Nam nói.
B|Minh Khang
B|Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết
B|Ý kiến (12)
B|Xem nhiều nhất
B|Giá vàng hôm nay tiếp tục lập đỉnh mới
B|Những điều cần biết khi làm căn cước từ 1/7
B|Thời tiết: Nam Bộ nắng nóng gay gắt, có nơi trên 37 độ
B|Báo Tin Nhanh điện tử - Giấy phép hoạt động báo điện tử số 000/GP-BTTTT
B|Tổng biên tập: Trần Quốc Huy | Địa chỉ: 12 Lê Lợi, Quận 1, TP.HCM
B|© Bản quyền thuộc về Báo Tin Nhanh. Không được sao chép khi chưa có sự đồng ý bằng văn bản.
"""


ZH_CN_40 = """B|首页 > 财经 > 股市 > 正文
B|财经 | 股票 | 基金 | 理财 | 期货 | 外汇 | 数据中心
C|A股三大指数集体收涨 半导体板块午后走强
B|2024-03-14 15:42  来源：本站综合  编辑：李晓
B|字号：大 中 小 | 分享到：微信 微博 QQ空间
C|本周四，A股市场早盘窄幅震荡，午后在科技板块带动下逐步走高。截至收盘，上证指数报3048.21点，涨0.63%；深证成指涨1.12%；创业板指涨1.45%。沪深两市合计成交额约9230亿元，较前一交易日小幅放量。
C|从盘面看，半导体、消费电子和软件开发板块涨幅居前，煤炭、银行等高股息板块则出现小幅回调。北向资金全天净买入约36亿元，已连续三个交易日呈净流入状态。
C|当日主要行业板块表现如下：
C|板块 | 涨跌幅 | 主力净流入（亿元）
C|半导体 | +3.42% | 28.6
C|消费电子 | +2.87% | 15.3
C|软件开发 | +2.15% | 11.9
C|银行 | -0.48% | -6.2
C|煤炭 | -1.06% | -8.7
C|一位券商首席策略分析师对记者表示："近期政策面对科技创新的支持信号较为明确，叠加部分海外芯片龙头业绩超出预期，资金对成长板块的风险偏好有所回升。"
C|不过也有分析人士提醒，当前市场量能仍未有效突破万亿元关口，板块轮动速度偏快，短期追高需警惕回撤风险。"我们更建议关注业绩确定性较高、估值仍处于历史中枢以下的细分龙头。"
C|展望后市，多家机构认为，随着一季度宏观数据陆续公布，市场对基本面的预期将逐步清晰，指数有望维持震荡向上的格局，但结构性分化或将延续。（完）
B|【责任编辑：王晨】
B|免责声明：本文内容仅供参考，不构成任何投资建议。市场有风险，投资需谨慎。
B|标签：A股 收评 半导体 北向资金
B|点赞(128)  收藏  举报
B|24小时热榜
B|1 央行最新发声！涉及存款准备金率
B|2 又一家银行下调大额存单利率，最低仅1.5%
B|3 3月以来这类基金净值涨超20%
B|4 油价下周或迎年内第三次上调
B|5 某新能源车企公布一季度交付数据
B|打开APP阅读全文
B|相关阅读
B|两市成交额连续五日低于万亿 后市怎么走？
B|机构密集调研这一赛道 这些公司获关注
B|关于我们 | 联系我们 | 广告服务 | 网站地图
B|©2024 本站 版权所有 未经授权禁止转载 京ICP备00000000号月薪3千的他靠这招半年存下10万，点击查看>>
"""

ZH_TW_40 = """B|批踢踢實業坊 › 看板 Tech_Job
B|關於我們 聯絡資訊
B|返回看板 分享
B|作者 rainydog0312 (下雨天的狗)
B|看板 Tech_Job
C|標題 [心得] 業務轉職後端工程師滿半年的一點心得
B|時間 Sat Oct 12 20:15:33 2024
C|先說我不是資工本科，大學念企管，畢業後做了三年 B2B 業務，每天跑客戶喝咖啡喝到胃痛 😂
C|前年底開始下班自學 Python，後來報了半年的培訓班，今年四月總算進到一間中型軟體公司當後端，到現在剛好半年，來分享一下心路歷程，給有在考慮轉職的板友參考。
C|1. 面試真的很看作品
C|我投了大概六十幾間，回覆的不到十間。有面試的那幾間，幾乎都是先問我 GitHub 上那個記帳 side project，問資料庫怎麼設計、API 怎麼切。證照跟課程結業證書完全沒人在意 XD
C|2. 進公司後最痛苦的不是寫 code
C|是看懂別人的 code 啦！！！公司專案有八年歷史，註解一半是簡體一半是英文，還有一支三千行的檔案叫 utils_final_v2.py 🙃 前兩個月每天都在問 mentor，很感謝他沒有嫌我煩。
C|3. 業務經驗其實有用
C|跟 PM、客戶開會的時候，我比較敢講話，也比較知道對方真正想要什麼，主管有說過這點是加分。所以轉職的人不用覺得之前的經歷都白費了。
C|薪水的話，老實說比做業務時少了快一成（業務有獎金），但工作時間穩定很多，週末不用再回 LINE 了，整體我覺得是值得的 🙌
C|最後想說，如果你也在猶豫，建議先用下班時間做一個完整的小專案，從開發到部署都自己來，做完還喜歡的話再考慮辭職。共勉之～
B|--
B|※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.xxx.xx (臺灣)
B|※ 文章網址: https://www.ptt.cc/bbs/Tech_Job/M.1728735333.A.3F2.html
B|推 pupu0917: 推分享，utils_final_v2 笑死 10/12 20:31
B|推 codefish: 恭喜轉職成功 10/12 20:40
B|→ kevin5566: 業務背景轉後端其實蠻吃香的，溝通能力很多工程師缺 10/12 20:52
B|推 sleepycat: 請問培訓班是哪一間？可以站內信嗎 10/12 21:03
B|噓 noname87: 又是培訓班業配？ 10/12 21:10
B|→ rainydog0312: 不是業配啦，班名就不講了，避免爭議 10/12 21:15
B|推 mochi_tea: 同為轉職仔，第一年真的最難熬，加油 10/12 21:48
B|分享到 Facebook Line Twitter 複製連結
B|看板列表 熱門看板 分類看板 我的最愛
B|« 上一篇 下一篇 » 回到頂部
"""

JA_40 = """B|プレスリリース配信サービス「PRナビ」
B|トップ > ビジネス > IT・通信 > プレスリリース
B|株式会社ミドリテック
B|2024年5月21日 10時00分
C|ミドリテック、中小規模農家向けの水管理アプリ「みずログ」を提供開始　～スマホひとつで圃場の水位を遠隔確認～
C|株式会社ミドリテック（本社：静岡県静岡市、代表取締役：山下健一）は、中小規模の水稲農家を対象とした水田水位管理アプリ「みずログ」の提供を2024年6月1日より開始いたします。安価な水位センサーとスマートフォンアプリを組み合わせることで、見回り作業の負担軽減を目指します。
C|■概要
C|サービス名：水田水位管理アプリ「みずログ」
C|提供開始日：2024年6月1日（土）
C|対象：水稲を栽培する個人農家および農業法人
C|料金：センサー1台 9,800円（税込）／アプリ月額 500円（税込）
C|対応OS：iOS 16以降、Android 11以降
C|主な機能：水位の遠隔確認、設定値を超えた際のプッシュ通知、日別水位グラフ、複数圃場の一括管理
C|■開発の背景
C|水稲栽培では、生育段階に応じたきめ細かな水位調整が欠かせません。一方で、農業従事者の高齢化や担い手不足により、離れた圃場を毎日見回る負担が課題となっています。当社が県内の農家約120軒に実施した聞き取り調査では、約7割が「水の見回りに1日1時間以上かかっている」と回答しました。
C|既存の水位管理システムは大規模経営向けの高価なものが多く、小規模農家では導入が進んでいませんでした。「みずログ」は、必要な機能を絞り込むことで、1枚の田んぼから気軽に始められる価格帯を実現しました。
C|■今後の展開
C|2024年度中に県内500圃場での導入を目標とし、今後は給水ゲートの遠隔開閉機能や、気象データと連携した水位アドバイス機能の追加を予定しています。
B|■会社概要
B|会社名：株式会社ミドリテック
B|所在地：静岡県静岡市葵区○○町1-2-3
B|代表者：代表取締役 山下健一
B|設立：2019年4月
B|事業内容：農業向けIoT機器およびソフトウェアの企画・開発・販売
B|URL：https://www.midoritech.example.jp
B|本件に関するお問い合わせ
B|株式会社ミドリテック 広報担当：佐藤
B|TEL：054-000-0000　E-mail：pr@midoritech.example.jp
B|配信元企業：株式会社ミドリテック
B|プレスリリース詳細へ
B|ポスト シェア LINEで送る はてなブックマーク
B|関連プレスリリース
B|ミドリテック、静岡県の農業DX推進事業に採択
B|農業IoTスタートアップのミドリテック、シードラウンドで1億円を調達
B|この企業のプレスリリースをフォローする
"""

JA_41 = """B|ゆるっと台所日記
B|ホーム ＞ 和食 ＞ 煮物
C|フライパンで簡単！鶏むね肉のしっとり甘辛煮
B|2024.02.08　カテゴリー：メインおかず
B|※当ブログはアフィリエイト広告を利用しています
C|こんにちは、ゆるっと台所日記のミナです。最近、夫が「健康診断の数値がやばい」と言い出したので、我が家ではしばらく鶏むね肉ブームが続いています。
C|でも鶏むね肉って、ちょっと油断するとすぐパサパサになりますよね…。私も何度も失敗して、子どもに「これ、かたい」と言われて落ち込んだことがあります（笑）
C|いろいろ試して落ち着いたのが、片栗粉をまぶしてから弱めの火で煮るこの方法。フライパンひとつでできて、洗い物も少ないので平日の夜にぴったりです。冷めてもやわらかいので、お弁当にも入れています。
C|材料（2人分）
C|鶏むね肉　1枚（約300g）
C|玉ねぎ　1/2個
C|片栗粉　大さじ1
C|サラダ油　小さじ2
C|しょうゆ　大さじ2
C|みりん　大さじ2
C|砂糖　小さじ2
C|水　大さじ3
C|作り方
C|1. 鶏むね肉は皮を取り、1cmほどの厚さのそぎ切りにする。玉ねぎは薄切りにする。
C|2. 鶏肉に片栗粉を薄くまぶす。
C|3. フライパンにサラダ油を入れて中火で熱し、鶏肉を並べて両面に焼き色をつける。
C|4. 玉ねぎを加えてさっと炒め、しょうゆ・みりん・砂糖・水を混ぜたものを回し入れる。
C|5. 弱火にしてふたをし、3分ほど煮たら全体に煮汁をからめて完成。
C|ポイント
C|・片栗粉をまぶすことで肉汁が閉じ込められ、しっとり仕上がります。
C|・強火で煮込むとかたくなるので、煮汁を入れたら必ず弱火にしてください。
C|・甘めが好きな方は砂糖を大さじ1に増やしてもOKです。
B|＼この記事で使ったフライパン／
B|【楽天市場で見る】【Amazonで見る】【Yahoo!ショッピングで見る】
B|この記事を書いた人
B|ミナ｜2児の母。時短で作れる節約ごはんを毎日更新中。好きな食べ物はだし巻き卵。
B|ランキング参加中！ポチッと応援していただけると励みになります
B|にほんブログ村 料理ブログ 簡単料理へ
B|コメント（4）
B|« 前の記事：大根の皮で作るきんぴら　次の記事：レンジで作る茶碗蒸し »
B|Copyright © ゆるっと台所日記 All Rights Reserved.
"""

EN_40 = """B|Skip to main content
B|Reviews | Deals | How-To | Buying Guides | Newsletter
B|Home > Laptops > Reviews
C|Corvane Aero 14 review: a quiet workhorse with one big compromise
B|By Dana Whitfield | Updated June 3, 2024, 9:14 a.m. ET
B|We may earn a commission when you buy through links on our site. Here's how it works.
B|4.0 out of 5 stars - Editor's Pick
C|The Corvane Aero 14 doesn't try to reinvent the thin-and-light laptop. Instead, it focuses on the things most people actually notice day to day: a comfortable keyboard, a bright screen and a battery that lasts through a full workday without a charger in sight.
C|After two weeks of using it as my main machine for writing, video calls and light photo editing, I came away impressed by how little it got in the way. The fans stayed silent for nearly everything I threw at it, and the aluminum chassis never got more than lukewarm on my lap.
C|Performance and battery
C|In our standard battery test, which loops web pages at 150 nits of brightness, the Aero 14 lasted 13 hours and 22 minutes. That's about two hours longer than most competitors in its price range. Exporting a 10-minute 4K video took just under nine minutes, which is respectable for a machine without a dedicated graphics card.
C|The one big compromise is the port selection. You get two USB-C ports and a headphone jack, and that's it. If you rely on USB-A accessories or an SD card reader, budget for a dongle.
C|Specifications
C|CPU: Intel Core Ultra 7 155H
C|RAM: 16GB LPDDR5X
C|Storage: 1TB NVMe SSD
C|Display: 14-inch 2880 x 1800 OLED, 90Hz
C|Battery: 72Wh
C|Weight: 2.9 lbs (1.32 kg)
C|Ports: 2x USB-C (Thunderbolt 4), 3.5mm audio
C|What we liked
C|Excellent battery life
C|Nearly silent under everyday workloads
C|Sharp, vivid OLED display
C|What we didn't
C|Only two USB-C ports
C|Webcam struggles in dim rooms
C|Should you buy it? If you want a dependable, portable laptop for work and travel and can live with a dongle, the Aero 14 is one of the easiest recommendations at this price.
B|Check price on Amazon
B|Disclosure: As an Amazon Associate we earn from qualifying purchases. Prices accurate at time of publication.
B|Related reviews
B|Best laptops for students in 2024
B|Halden Book 15 review: big screen, small price
B|About the author: Dana Whitfield has been testing laptops and tablets for over eight years. She lives in Portland with two cats and too many charging cables.
B|Get the best deals in your inbox. Sign up for our weekly newsletter. Subscribe
B|© 2024 TechBench Media. All rights reserved. Privacy Policy | Terms of Use
"""

DE_40 = """B|Startseite > Region > Landkreis Lindenau
B|Nachrichten Sport Kultur Wirtschaft Wetter Abo
C|Neue Buslinie soll Dörfer im Lindenauer Land besser anbinden
B|Von Markus Reinholdt | Stand: 18.09.2024, 16:35 Uhr
B|Teilen: Facebook WhatsApp E-Mail
C|Ab dem kommenden Fahrplanwechsel im Dezember sollen mehrere kleine Ortschaften im südlichen Landkreis Lindenau erstmals eine regelmäßige Busverbindung in die Kreisstadt bekommen. Das hat der Kreistag am Dienstagabend mit großer Mehrheit beschlossen.
C|Die neue Linie 617 soll zwischen Oberbrunn, Kleinwalde und dem Bahnhof Lindenau im Stundentakt verkehren, an Wochenenden alle zwei Stunden. Bisher waren viele Bewohnerinnen und Bewohner auf das eigene Auto oder auf einen Rufbus angewiesen, der mindestens einen Tag vorher bestellt werden musste.
B|Foto: dpa
B|Ein Linienbus an einer Haltestelle im Landkreis (Symbolbild).
C|„Gerade für ältere Menschen und Jugendliche ohne Führerschein ist das ein echter Fortschritt“, sagte Landrätin Petra Kühn nach der Sitzung. Man habe lange nach einer Finanzierung gesucht, die den Kreishaushalt nicht überfordert.
B|Anzeige
B|Jetzt Strompreise vergleichen und bis zu 400 Euro im Jahr sparen – hier klicken
C|Die Kosten für den Betrieb werden auf rund 480.000 Euro pro Jahr geschätzt. Etwa die Hälfte davon übernimmt das Land im Rahmen eines Förderprogramms für den ländlichen Nahverkehr, den Rest tragen der Landkreis und die beteiligten Gemeinden.
B|Lesen Sie auch: Bahnstrecke nach Feldhausen wird ab Oktober saniert
C|Kritik kam von der Fraktion der Freien Wähler. Deren Sprecher Jürgen Albers hält den Stundentakt für zu ehrgeizig: „Wir befürchten, dass die Busse am Vormittag weitgehend leer fahren.“ Er schlug vor, die Linie zunächst für zwei Jahre als Pilotprojekt zu betreiben und danach auszuwerten.
C|Der Kreistag griff diesen Vorschlag teilweise auf. Nach 18 Monaten sollen die Fahrgastzahlen vorgelegt werden. Sollte die Nachfrage deutlich hinter den Erwartungen zurückbleiben, könnte der Takt am Vormittag ausgedünnt werden.
C|Wo die Linie 617 halten soll
C|Oberbrunn, Dorfplatz
C|Kleinwalde, Schule
C|Lindenau, Krankenhaus
C|Lindenau, Bahnhof
C|Die genauen Abfahrtszeiten will das Verkehrsunternehmen im November veröffentlichen.
B|Foto: Markus Reinholdt
B|Mehr zum Thema
B|Rufbus im Landkreis: Nachfrage steigt um 30 Prozent
B|Deutschlandticket: Was Pendler im Kreis wissen müssen
B|Kreistag beschließt Haushalt 2025
B|Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie dem zu. Einstellungen | Alle akzeptieren
B|Impressum | Datenschutz | Kontakt | AGB
B|© Lindenauer Anzeiger 2024
"""

ZH_CN_41 = """B|点击蓝字关注我们
B|市第三人民医院 2024-04-09 08:00 发表于浙江
C|春季过敏高发，这些误区你可能也中招了
B|作者：呼吸与变态反应科 陈敏 审核：主任医师 张伟
C|每年三四月份，医院变态反应门诊的患者都会明显增多。打喷嚏、流鼻涕、眼睛痒、皮肤起疹子……很多人以为只是"感冒了"，结果拖了好几周都不见好。今天我们就来聊聊春季过敏那些事。
B|图片来源：网络
C|一、春天为什么容易过敏？
C|春季气温回升，树木、花草进入授粉期，空气中的花粉浓度明显升高。同时，春季风大、昼夜温差大，呼吸道黏膜更容易受到刺激。对于本身属于过敏体质的人来说，接触这些过敏原后，免疫系统会"反应过度"，从而出现一系列症状。
C|二、过敏和感冒怎么区分？
C|感冒通常伴有发热、咽痛、全身乏力，病程一般在一周左右；而过敏性鼻炎以阵发性喷嚏、清水样鼻涕、鼻痒为主，很少发热，症状往往在户外活动后加重，且可以持续数周。
C|如果每年同一时间段都会出现类似症状，就要高度怀疑是季节性过敏，建议到医院做过敏原检测。
C|三、常见误区
C|问：过敏是小毛病，忍一忍就过去了？
C|答：不建议硬扛。长期未控制的过敏性鼻炎可能诱发鼻窦炎，部分患者还会发展为哮喘。
C|问：抗过敏药吃多了会产生依赖吗？
C|答：目前常用的第二代抗组胺药在医生指导下规范使用，一般不会产生依赖，但不要自行长期大量服用。
C|问：戴口罩对花粉过敏有用吗？
C|答：有用。外出时佩戴口罩、眼镜，回家后及时洗脸、清洗鼻腔，都能有效减少过敏原接触。
C|四、日常防护小贴士
C|1. 关注当地花粉浓度预报，花粉高峰时段（通常为上午10点至下午4点）尽量减少外出；
C|2. 室内保持门窗关闭，可使用空气净化器；
C|3. 衣物、被褥避免在户外晾晒；
C|4. 症状明显时及时就医，不要自行用药。
B|本文仅供科普，不能代替医生面诊。如有不适，请及时到正规医院就诊。
B|往期推荐
B|孩子反复咳嗽，是不是肺炎？儿科医生这样说
B|体检报告上的"结节"，都需要手术吗？
B|我院变态反应门诊出诊时间调整通知
B|长按识别二维码 关注我们
B|分享 点赞 点个在看，你最好看
B|阅读 3562
"""


ZH_CN_50 = """B|青溪市人民政府门户网站
B|首页 | 政务公开 | 政务服务 | 互动交流 | 走进青溪 | 无障碍 | 长者模式
B|当前位置：首页 > 政务公开 > 通知公告
C|关于城南片区临时停水的通告
B|发布时间：2024-06-12 09:30  来源：市水务集团  浏览次数：1862
C|因城南供水管网改造工程需要，市水务集团将对滨河路至建设路段DN600供水主管进行切改施工。为确保施工安全和工程质量，届时部分区域将暂停供水。现将有关事项通告如下：
C|一、停水时间
C|2024年6月15日（星期六）22:00至6月16日（星期日）14:00，共计16小时。
C|二、停水范围
C|（一）滨河路以南、建设路以西、南环路以北合围区域；
C|（二）光明小区、锦绣花园、南湖新村及周边沿街商铺；
C|（三）城南工业园区内部分企业（具体名单见附件）。
C|三、注意事项
C|（一）请受影响区域的单位和居民提前做好储水准备，合理安排生产生活用水；
C|（二）停水期间请关闭家中水龙头，防止恢复供水时跑水造成财产损失；
C|（三）恢复供水初期可能出现水压偏低或短时水浑现象，请稍放水后再使用；
C|（四）如遇雨天等特殊情况，停水时间可能顺延，具体以现场张贴公告为准。
C|四、咨询电话
C|供水服务热线：0571-8XX96390（24小时值守）
C|因施工给广大市民带来的不便，敬请谅解！特此通告。
C|青溪市水务集团有限公司
C|2024年6月12日
B|附件：1.停水区域示意图.pdf
B|2.受影响企业及小区名单.xlsx
B|【打印本页】【关闭窗口】
B|扫一扫在手机打开当前页
B|相关链接：中国政府网 | 省人民政府 | 周边市县政府网站
B|主办单位：青溪市人民政府办公室  承办单位：青溪市大数据发展中心
B|网站标识码：3301990012  浙ICP备05012345号-1  浙公网安备 33019902000123号
B|联系我们 | 网站地图 | 隐私声明 | 网站纠错
B|建议使用1920×1080分辨率、IE10以上版本浏览器浏览本网站
"""

ZH_CN_51 = """B|· 新手必看，《星海远征》3.2版本角色培养全攻略
B|· 零氪玩家福音，《幻境传说》新活动速通打法详解
B|· 万万没想到，《云梦江湖》这个门派才是版本答案，上分攻略来了
B|· 别再乱抽了，《机甲纪元》卡池规划指南
B|· 一招教会你，《自走棋大乱斗》新赛季阵容搭配攻略
B|· 老玩家都不知道，《方块世界》隐藏彩蛋位置大全
B|· 终于有人说清楚了，《蛋壳派对》赛季奖励领取攻略
B|首页 > 新车 > 试驾评测 > 正文
C|试驾岚途T7插混版：15万级家用SUV，这次真把油耗打下来了
B|作者：车评人老周  2024-05-20 10:15  来源：快车说
C|在15万元左右的家用SUV市场里，插电混动车型已经从“尝鲜”变成了主流选择。岚途T7插混版上市不到两个月，就在不少城市的门店里排起了订车队。这次我们借到一台中配车型，在城市和高速上跑了将近600公里，看看它到底表现如何。
C|外观：家族式设计更显稳重
C|新车前脸采用贯穿式灯带搭配封闭式格栅，夜间点亮后辨识度很高。侧面线条比较平直，腰线从翼子板一直延伸到尾灯，整体看起来更偏向沉稳大气，而不是激进运动。19英寸轮毂是中配以上的标配，低配则是18英寸。
C|内饰：大屏加持，用料有提升
C|中控台是一块15.6英寸悬浮屏，车机反应速度不错，语音识别在嘈杂环境下也能准确理解指令。门板和中控上方都包裹了软质材料，手能摸到的地方基本没有硬塑料，这一点比上一代进步明显。
B|【广告】车险快到期了？一键对比十余家保险公司报价，新客首年最高可省30%　立即报价>>
C|动力与操控
C|T7插混版搭载1.5T发动机加单电机组合，纯电续航（CLTC）为120公里。日常通勤基本可以全程用电，起步平顺安静。高速上发动机介入时有轻微声音，但隔音做得还算到位。底盘调校偏舒适，过减速带时滤震干脆，不过急弯里车身侧倾稍大，不适合激烈驾驶。
B|（图片来源：网络）
C|空间表现
C|身高175cm的体验者坐进后排，腿部还有两拳多的空间，后排地板几乎纯平，中间乘客也不会太憋屈。后备厢常规容积为480L，放倒后排后可以轻松塞进一辆折叠自行车。
C|主要参数：
C|车身尺寸：4780×1895×1720mm
C|轴距：2850mm
C|动力系统：1.5T+电机 插电式混合动力
C|亏电油耗：5.3L/100km（实测）
C|官方指导价：14.98万-18.58万元
C|总结
C|综合来看，岚途T7插混版的优势在于低使用成本和宽敞空间，适合有充电条件、以城市通勤为主的家庭用户。如果你经常跑长途又没法充电，那么它的优势会打一些折扣。
B|相关车型
B|岚途T5　10.98-13.58万
B|岚途T9　22.98-28.98万
B|飞驰X6　14.99-18.99万
B|分享到：微信　微博　QQ空间　复制链接
B|三分钟学会《幻境传说》速刷副本攻略震惊！这款车车主都后悔没早买99%的人不知道的加油小技巧《云梦江湖》新手村隐藏任务全流程
"""

ZH_TW_50 = """B|首頁 > 娛樂 > 華語
B|即時　熱門　影劇　音樂　韓流　星座
C|宋以晴出道１０週年開唱　台上哽咽感謝歌迷「是你們讓我撐下來」
B|記者林小雯／台北報導　２０２４年０７月１８日　14:32
C|歌手宋以晴昨（１７）晚在台北小巨蛋舉辦出道十週年演唱會，全場湧入上萬名歌迷。她一連演唱超過３０首歌曲，從出道曲一路唱到最新專輯主打，安可時更特別邀請當年的製作人上台合唱，讓台下不少歌迷紅了眼眶。
C|演唱會進行到一半，宋以晴坐在鋼琴前談起剛出道時的低潮，她說：「那時候常常一個人在錄音室待到天亮，不知道自己到底適不適合這條路。」說到這裡她一度停頓，接著笑著說：「是你們讓我撐下來的，真的謝謝大家。」
B|▲ 影片來源：YouTube／宋以晴官方頻道
B|（圖／翻攝自宋以晴臉書）
C|歌單方面，宋以晴特別將幾首早期較少演唱的作品重新編曲，改以弦樂版本呈現。不少老歌迷在社群上留言：「聽到這首真的回到十年前」、「當年就是靠這首歌撐過考試的」。
C|這次演唱會舞台由國外團隊操刀，中段一首慢歌搭配升降舞台與滿場星光燈海，被歌迷形容是「整晚最美的畫面」。宋以晴也透露，為了這次演出，她花了半年時間練舞，體重一度掉了５公斤。
B|延伸閱讀
B|►金曲新人獎得主宣布入伍　粉絲不捨喊等你
B|►女星低調結婚！婚紗照曝光網驚呼好美
B|►偶像劇男神轉戰電影　首度挑戰反派角色
B|&nbsp;
C|被問到下一個十年的計畫，宋以晴在後台受訪時表示，明年會先推出全新專輯，也希望能把演唱會帶到海外，「很多海外的歌迷一直在等，我也很想去見他們。」
C|至於外界關心的感情狀態，她則大方笑說：「現在最愛的還是舞台，其他就順其自然吧。」
C|她也提到，這十年來最感謝的是家人一路陪伴，「媽媽每一場都坐在同一個位置，今天也一樣。」話一說完，台下立刻響起熱烈掌聲。
B|（圖／記者陳柏宇攝）
C|據了解，宋以晴十週年巡演下一站將移師台中，門票開賣不到十分鐘即全數售罄，主辦單位正評估是否加開場次。
B|#宋以晴　#十週年演唱會　#小巨蛋　#華語樂壇
B|看更多新聞
B|【熱門】暑假出遊必看！全台親子景點懶人包
B|分享　複製連結　加入LINE好友
B|本網站所刊載之文字、圖片、影音等內容，未經授權不得轉載。
B|關於我們｜廣告刊登｜隱私權政策｜聯絡我們
"""

JA_50 = """B|ホーム ＞ スポーツ ＞ 水泳 ＞ 記事
B|速報　野球　サッカー　バスケ　水泳　陸上　ゴルフ　その他
C|【競泳】山本翔太が大会新で初優勝　男子１００メートル自由形、４７秒台突入
B|2024年4月7日 19時45分（最終更新 4月7日 21時02分）
B|男子100メートル自由形決勝で力泳する山本翔太＝東京アクアティクスセンターで2024年4月7日、撮影・佐藤健
C|競泳の日本選手権第4日は7日、東京アクアティクスセンターで行われ、男子100メートル自由形決勝は21歳の山本翔太（東洋大）が47秒98の大会新記録で初優勝した。日本水泳連盟が定める派遣標準記録も突破し、夏の国際大会代表に内定した。
C|前半の50メートルを全体2位の22秒91で折り返すと、後半に持ち味の粘りを発揮。残り15メートルで先頭に立ち、そのまま逃げ切った。電光掲示板で記録を確認すると、両手を突き上げて何度もほえた。
C|レース後、山本は「前半から攻めると決めていた。後半は苦しかったけれど、練習してきたことを信じて最後まで腕を回した」と笑顔で振り返った。
C|昨年の同大会は決勝で4位に終わり、代表入りを逃していた。その後、所属チームのコーチと相談してスタート動作を一から見直し、浮き上がりまでの距離を約1メートル伸ばしたという。
C|2位には前回覇者の中村大輝（イトマン）が入り、0秒21差で連覇を逃した。中村は「悔しいが、若い選手が出てきたのは日本の自由形にとってプラス。次は必ず勝つ」と話した。
C|男子100メートル自由形決勝の結果は次の通り。
C|順位　選手名　所属　記録
C|1　山本翔太　東洋大　47秒98（大会新）
C|2　中村大輝　イトマン　48秒19
C|3　高橋悠真　中京大　48秒55
C|4　小林陸　セントラル　48秒71
C|5　石井航平　日体大　48秒90
C|大会は8日に最終日を迎え、男子50メートル自由形などの決勝が行われる。山本は同種目にもエントリーしており、2冠を狙う。
B|この記事の写真を見る（5枚）
B|関連ニュース
B|【競泳】女子200メートル背泳ぎ、17歳の新星が代表内定
B|【競泳】日本選手権　初日の結果一覧
B|【競泳】代表選考基準を発表　派遣標準記録を一部見直し
B|※記事の内容は掲載当時のものです
B|Xでポスト　Facebookでシェア　LINEで送る　はてなブックマーク
B|記事の感想をお聞かせください
B|ランキング　　ニュース　　スポーツ　　エンタメ
B|利用規約　｜　個人情報の取り扱い　｜　お問い合わせ　｜　広告掲載
B|Copyright © 2024 スポーツ日報 All rights reserved.
"""

JA_51 = """B|みんなの知恵広場　ヘルプ　ログイン　新規登録
B|トップ ＞ 暮らしと生活ガイド ＞ 料理、レシピ
C|炊飯器で炊いたご飯がいつもべちゃっとなってしまいます。原因は何でしょうか？
C|一人暮らしを始めて半年ほどです。毎回お米の袋に書いてある通りの水加減で炊いているのですが、柔らかすぎてべちゃっとした食感になります。
C|炊飯器は実家から持ってきた5年ほど前のものです。お米は無洗米ではなく普通のお米で、研いだあとすぐにスイッチを入れています。
C|買い替えたほうがいいのか、それともやり方に問題があるのか教えてください。
B|rin***さん　質問日時：2024/4/30 21:05　回答数：3　閲覧数：1,204
B|ベストアンサー
C|いくつか考えられますが、一番多いのは「研いだ後の水切り不足」です。研いだお米をザルにあげずにそのまま内釜で水を入れると、お米の表面に残った水の分だけ水加減が多くなります。
C|研いだらザルにあげて軽く水を切り、それから目盛りに合わせて水を入れてみてください。また、新米の時期はお米自体の水分が多いので、目盛りより少し（大さじ1〜2杯程度）水を減らすのがおすすめです。
C|それと、炊き上がったらすぐに全体をほぐして余分な水分を飛ばすと、べちゃっと感がかなり変わりますよ。
B|回答日時：2024/5/1 12:34
B|ナイス！ 12
B|その他の回答（2件）
C|計量カップは炊飯器に付属していたものを使っていますか？普通の計量カップ（200ml）で量るとお米が多めになり、そのぶん水も多く入れてしまうことがあります。炊飯器の付属カップは1合＝180mlです。
B|回答日時：2024/5/1 8:10
B|ナイス！ 5
C|5年くらいなら炊飯器自体はまだ大丈夫だと思います。ただ、内釜のコーティングが剥げていたり、パッキンが劣化していると炊き上がりに影響することがあります。一度メーカーのサイトで部品だけ取り寄せられるか確認してみては。
B|回答日時：2024/5/2 19:47
B|ナイス！ 2
B|この質問に回答する
B|関連する質問
B|土鍋でご飯を炊くときの水加減はどのくらいですか？
B|無洗米と普通のお米、どちらがおいしいですか？
B|炊飯器の保温は何時間までなら大丈夫？
B|お米を浸水させる時間は季節で変えるべきでしょうか
B|ログインすると、回答やナイス！ができるようになります。　ログインする
B|カテゴリ一覧　｜　利用規約　｜　プライバシー　｜　ヘルプ・お問い合わせ
B|© 2024 みんなの知恵広場
"""

EN_50 = """B|The Valley Courier | Subscribe now: 99¢ for your first month | Sign In
B|News Local Sports Opinion Obituaries e-Edition Classifieds Weather
B|BREAKING: Route 9 closed near Miller Creek due to downed power lines
C|Restored covered bridge reopens to traffic two years after flood damage
B|By DANA WHITCOMB Associated Press
B|Updated 3:42 PM EDT, June 20, 2024
B|Residents walk across the restored Harlow Covered Bridge during a reopening ceremony in Harlow, Vt., on Thursday, June 20, 2024. (AP Photo/Mike Carver)
C|HARLOW, Vt. (AP) — A 19th-century covered bridge that was knocked off its foundation during severe flooding two summers ago reopened to cars on Thursday, drawing hundreds of residents who lined the riverbank to watch the first vehicles roll across.
C|The 120-foot wooden span, one of the oldest still carrying traffic in the region, was lifted by rising water and pushed several feet downstream before lodging against a stand of trees. Engineers initially feared it could not be saved.
B|Advertisement
C|Crews spent most of the past year dismantling the bridge plank by plank, numbering each piece and repairing or replacing timbers that had rotted or split. About 70% of the original wood was reused, according to state transportation officials.
C|“People kept stopping by the work site to ask if it was really coming back,” said project manager Ellen Trask. “For a lot of folks here, this bridge is the town. Getting married on it, fishing under it — it’s part of their lives.”
C|The restoration cost about $3.1 million, most of it covered by federal disaster relief funds. The bridge now sits nearly three feet higher than before, and its new stone abutments were designed to withstand a flood larger than the one in 2022.
B|Advertisement
C|Not everyone welcomed the higher design at first. Some residents worried the change would alter the look of the bridge, which appears on postcards and in the town seal. Trask said the team worked with a historic preservation board to keep the roofline and red siding unchanged.
C|During the ceremony, a local fire truck was the first vehicle to cross, followed by a horse-drawn wagon carrying several of the town’s oldest residents. Schoolchildren who had painted banners for the event cheered from the riverbank.
C|Town officials said a weight limit of 8 tons will remain in place, meaning heavy trucks will still need to use a detour on the state highway.
B|Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
B|Trending Now
B|Police identify driver in Tuesday's crash on Route 12
B|New bakery opens on Main Street after months of delays
B|School board approves budget with 3% increase
B|Lake Arlo beach closed again due to high bacteria levels
B|Photos: Scenes from the county fair's opening night
B|Join the conversation
B|Comments are moderated and must follow our community guidelines. Log in or create an account to comment.
B|About Us | Contact Us | Advertise | Privacy Policy | Terms of Use | Do Not Sell My Personal Information
B|© 2024 The Valley Courier, a member of Mountain News Group. All rights reserved.
"""

ES_50 = """B|El Diario del Sur | Edición: Andalucía | Miércoles, 12 de junio de 2024
B|Últimas noticias  Política  Economía  Sociedad  Deportes  Cultura  Opinión
B|Portada > Sociedad > Educación
C|Los colegios de Valdelucía tendrán toldos y árboles en sus patios antes de septiembre
C|El Ayuntamiento invertirá 1,8 millones de euros para reducir la temperatura en los espacios de recreo de 22 centros públicos
B|Por Lucía Herrera | 12 de junio de 2024
B|Varios alumnos juegan a la sombra en el patio de un colegio de Valdelucía durante la última ola de calor. Foto: EFE
C|El Ayuntamiento de Valdelucía ha aprobado este martes un plan para instalar toldos, pérgolas y nuevas zonas arboladas en los patios de 22 colegios públicos del municipio. Las obras comenzarán a finales de junio, una vez terminado el curso, y deberán estar listas antes de que los alumnos vuelvan a las aulas en septiembre.
C|La medida responde a las quejas de familias y docentes, que llevan varios años denunciando que los patios se convierten en auténticas «planchas de cemento» durante los meses de mayo y junio. Según mediciones realizadas por la asociación de madres y padres de uno de los centros, la temperatura del suelo llegó a superar los 50 grados a mediodía.
B|Lee también: Las olas de calor obligan a adelantar la salida de clase en 40 institutos de la provincia
C|«No podemos pedir a los niños que salgan al recreo a las doce del mediodía sin una sola sombra», ha explicado la concejala de Educación, Marta Salcedo, durante la presentación del proyecto. «Esto no es un capricho, es una cuestión de salud».
C|Qué incluye el plan
C|El proyecto contempla la instalación de velas de sombra en las zonas de juego, la plantación de unos 400 árboles de especies autóctonas y la sustitución de parte del asfalto por pavimentos drenantes que absorben menos calor. En algunos centros también se instalarán fuentes de agua adicionales.
C|Los colegios con mayor exposición al sol serán los primeros en recibir las obras. El Ayuntamiento ha indicado que el listado definitivo se publicará la próxima semana en la web municipal.
C|Las familias reciben la noticia con cautela
C|Aunque la mayoría de las asociaciones de padres han celebrado el anuncio, algunas advierten de que los árboles tardarán años en dar sombra suficiente. «Está bien plantar, pero mientras tanto necesitamos soluciones inmediatas», señala Antonio Ruiz, portavoz de la federación local de AMPAS.
C|Desde el Ayuntamiento aseguran que los toldos cubrirán esa necesidad a corto plazo y que el plan se revisará cada año para ampliar las zonas de sombra si es necesario.
B|Noticias relacionadas
B|La Junta estudia ampliar el horario flexible en los colegios durante junio
B|Valdelucía registra el mayo más caluroso de las últimas tres décadas
B|Un instituto de la comarca convierte su tejado en un huerto escolar
B|Suscríbete a nuestro boletín
B|Recibe cada mañana en tu correo las noticias más importantes del día. Introduce tu email  Suscribirme
B|Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso. Aceptar | Configurar
B|Aviso legal | Política de privacidad | Política de cookies | Contacto | Publicidad
B|© 2024 El Diario del Sur. Todos los derechos reservados.
"""


ZH_CN_60 = """B|首页 > 数码 > 评测
B|分享到：微信　微博　QQ空间　复制链接
C|千元档户外电源值不值得买？我们用两周实测了「行野 E600」
C|从周末露营到家中停电应急，这台576Wh的小箱子表现比预期更稳，但也有两处让人皱眉的设计。
B|本文经授权转载自野行装备志（ID：yexing_zbz），作者：陈一舟，编辑：小满
B|写稿卡壳？让灵感自己流出来
B|「笔落智写」AI写作助手
B|自动生成大纲、一键润色语句、智能检测重复率，平均每天帮自媒体作者节省两个小时以上的排版与校对时间，已有超过三十万名创作者把它当作每天打开的第一个工具。
B|新用户免费试用14天，无需绑定银行卡，立即体验 >
C|去年夏天开始，编辑部有三位同事几乎每个周末都往郊外跑。露营装备越买越多，手机、相机、车载冰箱、投影仪都要用电，一台靠谱的户外电源就成了刚需。市面上的产品从几百元到上万元不等，我们这次选了定位入门、价格在两千元以内的行野E600，看看它能不能扛住真实的使用场景。
C|基本参数
C|电池容量：576Wh（磷酸铁锂电芯）
C|额定输出功率：600W，峰值1200W
C|接口：2个交流插座、2个ＵＳＢ－Ａ、2个ＵＳＢ－Ｃ（最高100W）、1个车充口
C|重量：7.3ｋｇ&nbsp;&nbsp;尺寸：289×188×193mm
C|充电方式：市电、太阳能板（最高200W）、车充
C|首发价格：1999元
C|实测续航
C|我们在室温约25℃的环境下做了三组测试。驱动一台标称功率45W的车载冰箱，E600从满电用到自动关机共坚持了约10小时40分钟；给一台120W的便携投影仪供电，连续播放了接近四部电影；而用它给笔记本电脑充电，大约可以充满7次。考虑到逆变损耗，实际可用能量约为标称容量的八成五左右，这在同价位产品中属于正常偏上的水平。
B|图：在营地为车载冰箱供电的行野E600（编辑部实拍）
C|充电速度方面，官方宣称市电充电约1.5小时可充至80%。我们实测从5%充到80%用时1小时38分钟，基本符合宣传。不过充电时风扇会持续运转，在安静的室内能明显听到。
C|使用体验
C|机身正面的屏幕可以显示剩余电量、实时输入输出功率和预计剩余时间，信息清晰，但在正午阳光下略显偏暗。顶部提手是一体成型的，拎起来很稳，代价是无法折叠，放进后备箱时上面不能再叠放其他箱子。
C|优点
C|· 磷酸铁锂电芯，官方标称循环3000次后仍保有80%容量
C|· 中低负载下风扇基本不转，夜间放在帐篷边不扰人
C|· USB-C口支持100W输出，可直接给笔记本供电
C|缺点
C|· 交流插座只有两个，多设备同时使用需要额外插排
C|· 提手不可折叠，收纳不够灵活
C|· 屏幕在强光下可读性一般
C|总的来说，如果你需要一台能应付周末两天一夜露营、偶尔兼顾家中应急的电源，E600在这个价位是稳妥的选择；如果经常带电热毯、电煮锅这类大功率电器出门，建议直接看1000Wh以上的型号。
B|声明：本文测试样机由厂商提供，测试结束后已归还。文章仅代表作者个人观点，不构成任何购买建议。
B|相关阅读
B|2024年户外电源选购指南：容量、电芯和接口一次讲清楚
B|车载冰箱压缩机款和半导体款差在哪？实测告诉你
B|露营灯横评：十款热门产品谁最耐用
B|太阳能板真的能“白嫖”电吗？我们算了一笔账
B|评论（36）　｜　收藏　｜　点赞 218
B|© 2024 拾光数码网 版权所有　未经许可不得转载
"""


ZH_CN_61 = """B|当前位置：首页 > 政务公开 > 通知公告
B|【字体：大 中 小】　打印本页　关闭窗口
C|青河区住房和城乡建设局关于开展2024—2025年度冬季供热设施安全检查的通知
B|发布时间：2024-10-28 09:30　　来源：区住房和城乡建设局　　浏览次数：1284
B|索引号：QH-0032-2024-00417　　文号：青住建发〔2024〕56号
C|各街道办事处，各供热单位，各物业服务企业：
C|为切实做好本年度冬季供热保障工作，及时发现和消除供热设施安全隐患，确保全区居民温暖、安全过冬，根据市供热管理工作的有关要求，区住房和城乡建设局决定在全区范围内开展冬季供热设施安全检查。现将有关事项通知如下：
C|一、检查时间
C|2024年11月1日至11月15日。
C|二、检查范围
C|（一）辖区内所有集中供热锅炉房、热力站、换热站；
C|（二）城区主干供热管网及老旧小区庭院管网；
C|（三）使用燃气壁挂炉供暖的公共建筑。
C|三、检查内容
C|1.供热单位安全生产责任制落实情况，应急预案制定及演练情况；
C|2.锅炉、压力容器、安全阀等特种设备定期检验情况；
C|3.供热管网、阀门井、补偿器等设施的运行及维护情况；
C|4.值班值守、抢修队伍及抢修物资储备情况。
C|四、工作要求
C|（一）各供热单位要于10月31日前完成自查，如实填写《供热单位安全自查表》，并报送区供热管理办公室。
C|（二）各街道办事处要组织社区对辖区内老旧小区供热设施进行排查，对发现的问题建立台账，明确整改时限和责任人。
C|（三）对检查中发现的重大安全隐患，相关单位必须立即停用整改；拒不整改的，将依法依规予以处理，并纳入供热企业信用评价。
C|联系人：区供热管理办公室　赵宁　联系电话：6218 3375
C|附件：1.供热单位安全自查表　2.供热设施安全隐患整改台账
C|青河区住房和城乡建设局
C|2024年10月28日
B|附件下载：供热单位安全自查表.docx（32KB）
B|附件下载：供热设施安全隐患整改台账.xlsx（18KB）
B|【打印本页】【关闭窗口】【返回顶部】
B|相关文章
B|青河区2024年老旧小区供热管网改造项目公示
B|关于公布2024—2025年度供热投诉服务电话的公告
B|区住建局召开冬季安全生产工作部署会
B|关于进一步加强建筑施工扬尘治理的通知
B|分享到：微信　微博
B|主办单位：青河区人民政府办公室　承办单位：青河区大数据服务中心
B|网站标识码：3701990012　ICP备案号：鲁ICP备05012345号-1
B|您是本站第 2318442 位访客
"""


ZH_TW_60 = """B|首頁 › 生活綜合 › 租屋板
B|登入 ｜ 註冊 ｜ 發表新文章
C|[問題] 退租時房東以「牆面髒汙」扣了一個月押金，這樣合理嗎？
B|樓主　阿哲不想再搬家　2024-03-12 22:41　瀏覽 3,942
C|各位好，我在台中租了一間套房兩年，上週退租。交屋當天房東看了一圈，說牆壁有幾處黑色刮痕、冷氣出風口有霉斑，要從押金裡扣一個月房租（一萬二）當作重新油漆跟清洗的費用。
C|我承認書桌旁邊的牆有一些椅背磨到的痕跡，但其他地方我覺得就是住了兩年正常會有的狀況。當初入住時我沒有拍照，合約上也只寫「退租時應恢復原狀」，現在很怕講不贏。
C|想請問板上有經驗的⼤⼤：這種情況可以跟房東談嗎？還是只能認了？
B|讚 3　回覆　分享　檢舉
B|#1　小喵租客　2024-03-12 23:05
C|先說結論：可以談，而且你不一定要全部吞下來。一般的「恢復原狀」是指你造成的損壞，正常使⽤造成的耗損（牆面輕微變⾊、釘孔很少的情況）通常不應該算在房客頭上。
C|你可以請房東提供油漆和清洗的估價單或收據，實際花多少再來討論分攤，而不是直接扣一個整月。
B|讚 18
B|#2　老房東的自白　2024-03-13 08:47
C|以房東立場補充一下。我們自己出租也會遇到類似狀況，通常兩年以上的租約，退租後本來就要重新油漆，這筆錢我不會算給房客。但冷氣有霉斑確實是比較常見的爭議點，如果合約有寫房客要定期清洗濾網，房東要求清洗費還算合理，大概一千到兩千。
B|讚 25
B|#3　Jenny_在高雄　2024-03-13 10:12
C|給之後要租屋的人一個建議：入住當天一定要每個房間、每面牆、每個家電都拍照錄影，最好傳給房東留下時間紀錄。我上次就是靠入住時的照片，證明浴室磁磚的裂痕本來就在。
C|另外如果真的談不攏，可以向所在縣市政府的消費者服務中心或租賃糾紛相關單位申請調解，不用錢，很多房東收到調解通知就願意坐下來談了。
B|讚 31
B|#4　阿哲不想再搬家（樓主）　2024-03-15 21:30
C|更新：​謝謝大家的建議！我請房東提供了油漆師傅的報價，總共是七千五，我們最後談成我負擔書桌那面牆的部分和冷氣清洗，一共三千二，其餘押金已經退回了。
C|也提醒大家，對方一開始說&quot;這是行情&quot;的時候不要馬上答應，先要單據再談。
B|讚 12　回覆
B|您必須登入才能回覆此主題
B|看更多租屋板熱門討論
B|[心得] 看了二十間房子後整理出的租屋檢查清單
B|[問題] 房東要求提前解約要賠兩個月租金？
B|[分享] 頂樓加蓋夏天到底有多熱，實測給你看
B|[問題] 室友不付電費該怎麼處理
B|[討論] 租屋補助申請到底要不要讓房東知道
B|她退租時做了這件事 押金全拿回 網友狂推｜房東最怕你知道的三個秘密｜月薪三萬在台北租哪裡最划算？看完驚呆｜冷氣開26度還是28度最省電 答案出乎意料｜這種格局千萬別租 風水師一看搖頭
B|本站內容為網友個人意見，不代表本站立場。如有侵權請來信告知。
B|© 2024 生活家論壇 All Rights Reserved.
"""


JA_60 = """B|ホーム » 暮らし » 発酵・保存食
C|初心者でも失敗しない！ぬか床の始め方と毎日のお手入れ【手順つき】
B|2024.05.18 更新　｜　2023.11.02 公開
B|※当ブログはアフィリエイト広告を利用しています。
C|「ぬか漬けに興味はあるけど、毎日かき混ぜるのが面倒そう」「においが心配」という声をよく聞きます。私も最初はそうでした。でも、ポイントさえ押さえれば、ぬか床は思っているよりずっと気楽に付き合える存在です。この記事では、スーパーで手に入る材料だけで始められるぬか床の作り方を、手順を追って紹介します。
B|目次
B|1. 用意するもの
B|2. ぬか床の作り方
B|3. 毎日のお手入れ
B|4. よくあるトラブルと対処法
C|用意するもの
C|・生ぬか　1kg
C|・塩　130g（ぬかの13％が目安）
C|・水　1L
C|・昆布　10cm角1枚
C|・赤唐辛子　2本
C|・捨て漬け用の野菜くず（キャベツの外葉、大根の皮など）　適量
C|・ふた付きの容器（ホーロー製がおすすめ）
B|※写真はイメージです
C|ぬか床の作り方
C|手順1：塩水を作る
C|鍋に水を入れて沸騰させ、塩を完全に溶かします。そのまま人肌よりも冷たくなるまで冷ましておきましょう。熱いまま加えるとぬかの中の乳酸菌が弱ってしまいます。
C|手順2：ぬかと塩水を混ぜる
C|容器に生ぬかを入れ、冷ました塩水を少しずつ加えながら手でよく混ぜます。固さは「味噌くらい」が目安。握ったときに形が残り、指の間から水がにじまない程度にします。
C|手順3：昆布と唐辛子を埋め込む
C|昆布はハサミで細く切り、唐辛子は種を取ってそのまま入れます。昆布はうまみを、唐辛子は雑菌の繁殖をおさえる役割を担います。
C|手順4：捨て漬けをする
C|野菜くずを埋め込み、表面を平らにならして容器のふちをきれいに拭きます。2〜3日ごとに野菜くずを取り替え、これを1〜2週間続けると、ぬか床に乳酸菌が増えてほのかに酸味のある香りに変わってきます。ここまで来たら本漬けのスタートです。
C|毎日のお手入れ
C|基本は1日1回、底からしっかりかき混ぜること。空気に触れさせることで、においの原因になる菌の増えすぎを防げます。夏場は冷蔵庫の野菜室に入れておくと、2〜3日に1回のかき混ぜでも問題ありません。
C|よくあるトラブルと対処法
C|表面に白い膜が張った場合は「産膜酵母」と呼ばれるもので、体に害はありません。気になる場合は取り除き、全体をよく混ぜ込めば大丈夫です。水っぽくなってきたら、足しぬかと塩を少しずつ加えて固さを戻しましょう。
B|この記事を書いた人
B|ゆずこ｜発酵ごはん研究家。会社員時代に体調を崩したのをきっかけに、祖母から受け継いだぬか床で毎日の食事を見直しはじめる。現在は発酵食品の講座を主宰しながら、季節の保存食や手軽な発酵レシピをブログとInstagramで発信中。著書に『ゆるっと発酵ごはん帖』がある。
B|＼ この記事をシェアする ／
B|X（旧Twitter）　Facebook　はてブ　LINE
B|関連記事
B|【保存版】塩麹の作り方と使い切りレシピ10選
B|ホーロー容器おすすめ7選｜ぬか床・漬物に使いやすいのはどれ？
B|甘酒を炊飯器で作る方法｜失敗しない温度管理のコツ
B|夏のぬか床がくさい！原因と今日からできる対策
B|Copyright © 2024 ゆずこの発酵ごはん帖 All Rights Reserved.
"""


JA_61 = """B|トップ > 地域 > 暮らし・交通
C|路線バス、運転手不足で相次ぐ減便　県が「自治体ライドシェア」導入を検討
B|2024年6月3日 18:02　｜　地域報道部
B|この記事をシェアする　X　LINE　はてブ　URLをコピー
C|県内の路線バス事業者3社が、7月から平日ダイヤを合わせて100本以上減らすことがわかった。背景にあるのは深刻な運転手不足で、県は自家用車を使って住民の移動を支える「自治体ライドシェア」の導入に向けた検討を始めた。
B|目次
B|運転手不足の実態
B|事業者別の減便状況
B|自治体ライドシェアとは
B|今後の課題
B|PR
B|「働き方、ちゃんと選べてる？」
B|転職サービス「キャリアミライ」
B|あなたの経験やスキルを登録するだけで、専任のアドバイザーが非公開求人を含む中から希望にぴったりの職場を提案。面接日程の調整や年収交渉もすべて代行するので、忙しい方でも今の仕事を続けながら無理なく転職活動を進められます。
B|登録は無料・最短3分。クレジットカード情報の入力は不要です。今すぐ無料登録 ▶
C|運転手不足の実態
C|県バス協会によると、県内の路線バス運転手は2019年度末に約1,150人いたが、昨年度末には約930人まで減少した。高齢化による退職に加え、4月から始まった運転手の労働時間規制の強化で、1人あたりが担当できる便数も減っている。
C|「募集を出しても応募がほとんどない。ダイヤを維持したくても、もう人がいない」。ある事業者の担当者はこう打ち明ける。
B|減便が決まった路線を走るバス（資料写真）
C|事業者別の減便状況
C|事業者｜減便本数（平日）｜実施日
C|南山交通｜48本｜7月1日
C|みどり観光バス｜37本｜7月1日
C|北浜自動車｜21本｜7月16日
C|減便の多くは、日中の利用者が少ない郊外路線や、朝夕の通勤時間帯以外の便に集中している。一方で、通院や買い物にバスを使う高齢者からは不安の声が上がる。市内の団地に住む女性（78）は「病院に行く便がなくなったら、タクシーを使うしかない。年金暮らしでは毎回は無理」と話した。
C|自治体ライドシェアとは
C|自治体ライドシェアは、市町村などが運営主体となり、一般のドライバーが自家用車で有償の送迎を担う仕組みだ。道路運送法で認められた「公共ライドシェア」の一形態で、すでに全国の過疎地域などで導入例がある。県は今年度中にモデル地区を2カ所選び、来年度からの試験運行をめざす。
C|知事は3日の定例会見で「バスの代わりではなく、バスを補う交通手段として地域の足を守りたい」と述べた。
C|今後の課題
C|ただ、ドライバーの確保や事故時の補償、既存のタクシー事業者との調整など課題は多い。地域交通に詳しい大学教授は「ライドシェアだけでは解決しない。運転手の待遇改善や、路線の再編も含めた全体の設計が必要だ」と指摘している。
B|この記事の関連ニュース
B|タクシー初乗り運賃、県内で来月から値上げへ
B|高齢ドライバーの免許返納、昨年は過去最多に
B|地方鉄道の赤字路線、存廃議論が本格化
B|新幹線駅からの二次交通、観光客の半数が「不便」
B|あわせて読みたい：【図解】2024年問題で何が変わる？物流・バス・タクシーへの影響まとめ
B|※記事の内容は配信時点のものです。
B|Copyright © 2024 みなと新報社　記事・写真の無断転載を禁じます。
"""


EN_60 = """B|Home / Features / Culture
B|Listen to this article · 12 min
C|Up the Ladder Every Sunday: The Volunteers Who Keep Wexcombe's Clock Ticking
C|For 160 years the clock in St Aldric's tower has been wound by hand. Its current keepers are in their seventies and eighties, and the town is only beginning to ask who will come next.
B|By Miriam Okafor | Photographs by Tom Reyes | Published March 9, 2024
B|Share on Facebook · Share on X · Email · Copy link
B|URL copied!
C|At a quarter past nine every Sunday morning, Harold Penn unlocks a narrow oak door at the base of St Aldric's church tower, switches on a single bulb and begins to climb. There are 94 steps to the ringing chamber and a further wooden ladder to the clock room, where a cast-iron movement the size of a kitchen table sits inside a wooden case, ticking with a patience that seems to slow the room down around it.
C|Penn is 81. He has made this climb almost every week since the spring of 1979, when the previous keeper, a retired signalman, handed him a crank handle and a notebook and told him he would pick it up as he went along.
B|Harold Penn, 81, checks the pendulum before starting the weekly wind. He took over the clock from a retired railway signalman in 1979 and has missed fewer than a dozen Sundays since. (Photograph: Tom Reyes)
C|A mechanism older than the railway
C|The clock was installed in 1864, two years before the branch line reached Wexcombe, and was paid for by public subscription after a fire destroyed the previous one. It has three trains of gears: one to drive the hands on the four dials, one to strike the hours on the tenor bell and one to chime the quarters. Each has its own weight, and each weight must be hauled back up by hand once a week, roughly 400 turns of the crank in all.
C|“You don't own a clock like this. You just take your turn with it.”
C|“You don't own a clock like this,” Penn says, pausing between turns to catch his breath. “You just take your turn with it. Somebody looked after it before me and somebody will look after it after I'm gone. That's the deal.”
B|Related
B|The last cobblers: why shoe repair shops are quietly disappearing
B|Inside the volunteer-run lido that refused to close
B|How a village saved its phone box — and turned it into a library
B|The church organ builders racing to train an apprentice
C|The deal has held for a long time. Alongside Penn there are now three other regular winders: Margaret Holloway, a retired maths teacher who keeps the logbook; her brother Dennis; and Colin Asante, who at 72 is the youngest. Between them they cover holidays, illness and the two Sundays a year when the clocks change, which Holloway describes as “the only time anyone in town actually notices us”.
C|The question of succession
C|Last autumn the parish council placed a notice in the community newsletter asking for new volunteers. It received two replies. One was from a teenager who came up once, took photographs for a school project and did not return. The other was from a software engineer who had recently moved to the town and who, Holloway says with evident delight, “asked more questions about the escapement than I could answer”.
C|There has been talk, on and off for two decades, of fitting an automatic winding system. Several companies offer them, and the cost — somewhere between £8,000 and £15,000, depending on who is asked — is not out of reach for a parish that raised twice that for its new roof. The winders do not oppose it in principle. But they worry about what would be lost.
C|“A motor will keep it going,” Asante says. “It won't notice when the hands are a minute slow in cold weather, or when there's a bird's nest in the louvres, or when a bearing starts to sound different. We notice because we're here.”
C|On the way back down, I ask Penn whether he has thought about stopping.
C|“Not yet,” he says.
C|Then, at the bottom of the ladder, he turns and looks back up at the clock room. “When I can't manage the steps, I'll still come and sit at the bottom and listen. You can hear from there if it's running right.”
B|Miriam Okafor is a staff writer covering rural communities, craft and the history of everyday technology. Her reporting on disappearing village bus routes was shortlisted for a national feature-writing award in 2022, and she previously spent six years as a features editor in Leeds. She lives in Shropshire with her partner and an unreliable carriage clock.
B|Sign up for The Long Read: our best features, delivered to your inbox every Saturday.
B|Enter your email address | Sign up
B|We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Manage preferences
B|Comments (47)
B|You Won't Believe What This 1970s Kitchen Looks Like Now Doctors Stunned By Simple Morning Habit The Town Where Nobody Pays Rent 17 Celebrities Who Quietly Left Hollywood This Map Shows Where Your Accent Really Comes From
B|© 2024 Northern Chronicle Media Ltd. All rights reserved.
"""


PT_60 = """B|Início › País › Ambiente
C|Seca: Almargem do Sul proíbe rega de jardins e fecha fontes ornamentais a partir de segunda-feira
C|Com a albufeira que abastece o concelho abaixo dos 20% da capacidade, a câmara municipal aprovou por unanimidade um pacote de restrições ao consumo de água que vigora, para já, até ao final de junho.
B|Por Rita Valadares | 14 fev 2024, 19:27 | Atualizado há 2 horas
B|Partilhar: Facebook | X | WhatsApp | E-mail
C|A Câmara Municipal de Almargem do Sul aprovou esta quarta-feira, em reunião extraordinária, um conjunto de medidas de contenção do consumo de água que entra em vigor já na próxima segunda-feira. A decisão surge depois de a albufeira da Ribeira Funda, principal origem de água do concelho, ter atingido 18% da sua capacidade, o valor mais baixo registado para esta altura do ano desde que há medições.
C|“Não é altura de pânico, é altura de responsabilidade.”
C|Foi assim que o presidente da autarquia, Luís Carvalhal, resumiu a situação aos jornalistas no final da reunião. O autarca garantiu que o abastecimento às habitações “não está em causa nos próximos meses”, mas admitiu que, se o inverno continuar seco, poderão ser necessários cortes noturnos na pressão da rede a partir do verão.
B|A albufeira da Ribeira Funda registou em janeiro o nível mais baixo das últimas duas décadas, deixando à vista troncos e muros antigos normalmente submersos (Foto de arquivo)
B|Leia também: Governo admite alargar apoios aos agricultores afetados pela seca no Sul
C|O que muda para os consumidores
C|Rega de jardins, relvados e hortas particulares proibida entre as 8h00 e as 20h00
C|Lavagem de viaturas apenas em estabelecimentos com sistema de reciclagem de água
C|Desligadas todas as fontes ornamentais e repuxos públicos
C|Enchimento de piscinas particulares sujeito a autorização prévia
C|Piscinas municipais com horário reduzido a partir de março
C|As infrações podem dar lugar a coimas entre 150 e 3.740 euros para particulares e até 44 mil euros no caso de empresas, de acordo com o regulamento municipal de abastecimento. A fiscalização ficará a cargo da polícia municipal e dos serviços de águas, que vão reforçar as equipas no terreno.
B|Publicidade
C|Agricultores pedem exceções
C|Os agricultores do concelho, que dependem sobretudo de furos e da rede de rega coletiva, não são abrangidos diretamente pelas restrições, mas a associação que os representa já pediu uma reunião com a câmara. “Ficamos sempre para o fim da fila e depois pedem-nos que sejamos os primeiros a poupar”, lamentou Ana Brito, dirigente da associação, em declarações ao nosso jornal.
C|A autarquia vai também lançar uma campanha de sensibilização nas escolas e distribuir gratuitamente redutores de caudal para torneiras e chuveiros, que podem ser levantados nas juntas de freguesia a partir de dia 26.
B|Tópicos: Seca · Água · Ambiente · Autarquias
B|Comentários (23) | Ver comentários
B|Mais lidas
B|Preço dos combustíveis volta a subir na próxima semana
B|Sorteio do Euromilhões: conheça a chave desta sexta-feira
B|Frio intenso: IPMA coloca seis distritos sob aviso amarelo
B|Receita tradicional de arroz-doce que conquista toda a família
B|Subscreva a newsletter diária e receba as principais notícias de manhã no seu e-mail.
B|Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, aceita a nossa política de privacidade. Aceitar | Definições
B|© 2024 Gazeta Meridional. Todos os direitos reservados.
"""


ZH_CN_70 = """B|首页 > 资讯中心 > 手游新闻 > 星渊回响
B|热门攻略
B|• 新手必看，《星渊回响》开荒阵容推荐与资源规划攻略
B|• 零氪也能玩，《雾港旅人》全角色强度排行榜一览
B|• 版本答案来了，《星渊回响》2.2深渊十二层满星打法
B|• 老玩家都在用，《铁幕纪元》最佳装备搭配指南
B|• 限时活动别错过，《雾港旅人》周年庆奖励汇总
B|• 一文看懂，《千灯行》新地图全收集路线
B|• 光属性主C怎么配？《星渊回响》毕业面板参考
C|《星渊回响》2.3版本“潮汐之庭”前瞻汇总：新角色、新地图与抽卡保底调整
B|来源：本站整理　作者：鹿鸣&nbsp;&nbsp;　发布时间：2025-03-14 20:05
C|昨晚的版本前瞻直播中，开发组正式公布了2.3版本“潮汐之庭”的主要内容。新版本预计于下周三上线，本文为大家整理了直播里的重点信息。
C|一、新角色
C|本期上半卡池的限定角色为ＳＳＲ水属性辅助“潮汐祭司·澜”。她的战技可以为全队附加“浪涌”状态，提高队友的追加攻击伤害，同时在场时每回合为全队恢复少量能量。
B|图：潮汐祭司·澜的角色立绘（图片来自官方直播截图）
C|下半卡池则是复刻角色“赤焰游侠·绯”，同时加入一名全新的四星角色“渔港少年·阿汀”，后者可以通过版本活动免费获取。
C|角色 | 属性 | 定位 | 获取方式
C|潮汐祭司·澜 | 水 | 辅助 | 限定卡池
C|赤焰游侠·绯 | 火 | 主C | 复刻卡池
C|渔港少年·阿汀 | 水 | 副C | 活动赠送
C|二、新地图“潮汐之庭”
C|新区域位于海港城以南，整体面积约为上一张地图的1.5倍。潮水会随着游戏内时间涨落，部分宝箱和解谜只有在退潮时才能到达，探索时要留意右上角的潮汐提示。
C|地图中还加入了一个⼤型四人副本“沉钟回廊”，首周开放普通难度，困难难度将在第二周解锁。
B|图：退潮后露出的海底遗迹入口，玩家需要在游戏时间18点前完成解谜，否则入口会再次被潮水淹没（本站实机截图）
C|三、抽卡机制调整
C|本次最受关注的改动是保底继承：从2.3版本开始，限定卡池的小保底计数将跨版本保留，不会再因为卡池切换而清零。官方表示，这一调整是“根据玩家的大量反馈作出的”。
C|此外，每日委托的星晶奖励由60提升到80，​版本内累计可多获得约2400星晶。
C|四、ＰＶＰ与其他优化
C|竞技场将新增赛季结算奖励，排名前10%的玩家可领取限定头像框。战斗内新增“二倍速”常驻开关，不再需要通关主线第五章才能解锁。
C|总的来说，2.3版本的福利力度比上个版本更大，计划抽澜的玩家现在就可以开始攒资源了。
B|【本文由星游网原创，未经授权禁止转载】
B|👍 赞 1.2万　💬 评论 386　⭐ 收藏
B|分享到：微信　微博　QQ空间　复制链接
B|上一篇：《雾港旅人》3月14日停服维护公告　下一篇：《千灯行》公测时间正式确认
B|猜你喜欢
B|震惊！玩了三年才发现这个隐藏BOSS竟然能秒杀99%的玩家 这款游戏火了，上线三天流水破亿，网友：我的钱包又要空了 老板娘亲自下场带新人，结果全服都炸锅了 手机内存不够？删掉这几个文件立刻多出10G 没想到这个冷门角色才是版本之子，大佬都在偷偷练 90%的人都不知道的抽卡玄学，今晚就试试 鈥滄柊鐗堟湰鈥濅笂绾
"""


ZH_CN_71 = """B|首页 > 健康问答 > 消化内科 > 幽门螺杆菌
B|登录 | 注册 | 下载APP
C|幽门螺杆菌常见问题解答：查出阳性怎么办？要不要全家一起治？
B|本文由消化内科医生审核　更新时间：2025年2月20日　阅读量：8.6万
C|幽门螺杆菌是一种能在胃里长期生存的细菌，感染后多数人没有明显症状，但它与慢性胃炎、消化性溃疡和胃癌的发生密切相关。下面整理了门诊中患者问得最多的几个问题。
B|[咨询医生] 三甲医院医生在线解答，平均3分钟回复
C|问：幽门螺杆菌是怎么传染的？
C|答：主要通过“口—口”和“粪—口”途径传播。家庭成员共餐不使用公筷、共用餐具和水杯，以及大人把食物嚼碎后喂给孩子，都可能造成传播。
C|问：查出阳性就一定要治疗吗？
C|答：目前的共识是，除非有抗衡因素（如高龄、严重的基础疾病等），一般建议对感染者进行根除治疗。尤其是患有消化性溃疡、胃黏膜萎缩，或有胃癌家族史的人，更应积极治疗。具体是否治疗、何时治疗，请由医生根据个人情况评估。
C|问：常用的检测方法有哪些？
C|答：常见的有以下几种：
C|· 碳13或碳14尿素呼气试验：无创、准确，是最常用的方法
C|· 胃镜下活检：适合本身就需要做胃镜的患者
C|· 粪便抗原检测：适合儿童或无法配合呼气试验的人
C|· 血清抗体检测：只能说明曾经感染过，不能用来判断是否已经根除
B|张明远　主任医师｜仁和市第一人民医院　消化内科｜从事消化系统疾病临床工作二十余年，擅长幽门螺杆菌难治性感染、胃食管反流病及早期胃癌的内镜诊治，累计服务患者超过5万人次，好评率99%。
B|立即咨询　¥29/次　已有3412人咨询
C|问：做呼气试验前需要注意什么？
C|答：检查前需要空腹，并且停用质子泵抑制剂（如奥美拉唑）至少2周、停用抗生素和铋剂至少4周，否则可能出现假阴性。
C|问：治疗一般怎么吃药？
C|答：国内目前多采用含铋剂的四联方案，即一种质子泵抑制剂、一种铋剂加两种抗生素，疗程一般为10～14天。用药期间可能出现口苦、舌苔发黑、大便颜色变深等情况，多数在停药后会消失。
B|[咨询医生]
C|问：治疗结束后多久复查？
C|答：建议停药至少4周后再做呼气试验复查，复查前同样需要停用上面提到的药物。
C|问：家里人需要一起检查吗？
C|答：如果家中有人确诊，建议共同生活的成年家庭成员也进行检测，阳性者一起治疗，可以减少反复感染。
C|问：多吃大蒜、喝酸奶能杀死幽门螺杆菌吗？
C|答：不能。
C|目前没有可靠证据表明某种食物可以根除感染，饮食调整不能代替规范治疗。
C|记住三句话：分餐公筷，规范用药，按时复查。
B|【广告】仁和胃肠医院　无痛胃镜限时特惠 ¥398起，知名专家坐诊，当天出报告，医保可用，预约热线 400-800-1234
B|温馨提示：本页面内容仅供健康科普参考，不能替代医生的面对面诊断和治疗。如有不适，请及时到正规医疗机构就诊；用药请遵医嘱，切勿自行购药服用。本站不对因使用上述信息而产生的任何后果承担责任。
B|这篇回答对你有帮助吗？　有帮助(1024)　没帮助(12)
B|相关问题：幽门螺杆菌会引起口臭吗？｜胃镜和呼气试验哪个准？｜孩子查出幽门螺杆菌怎么办？
B|© 2025 仁和健康网 版权所有　京ICP备12345678号-1
"""


ZH_TW_70 = """B|小旅行日記 ｜ 首頁 ｜ 日本 ｜ 台灣 ｜ 美食 ｜ 關於我
B|首頁 » 日本自由行 » 北陸
C|金澤三天兩夜自由行｜兼六園、東茶屋街、近江町市場完整行程分享
B|發佈於 2025 年 1 月 22 日 ｜ 作者：旅行的阿朵 ｜ 12 則留言
C|一直很想去被稱為「小京都」的金澤，這次終於趁著年假排了三天兩夜。金澤的景點大多集中在市區，搭巴士就能串起來，很適合第一次去北陸的人。以下是我的行程和一些實用資訊，給大家參考。
B|本文目錄
C|Day 1｜抵達金澤、近江町市場
C|從東京搭北陸新幹線大約兩個半小時就到金澤站，一出站就會看到鼓門。放好行李後，我們先走到近江町市場吃午餐，海鮮丼的甜蝦和海膽真的非常新鮮。
C|營業時間：各店不同，大約 9:00～17:00
C|建議中午前到，熱門的丼飯店下午常常就賣完了。
B|▲ 金澤站東口的鼓門，木造結構搭配玻璃穹頂，晚上打燈後更漂亮，幾乎是每個人抵達金澤後拍下的第一張照片
C|Day 2｜兼六園、金澤城公園、21世紀美術館
C|第二天一早就去日本三名園之一的兼六園。冬天樹上會綁著「雪吊」，是金澤冬季特有的風景。
C|開園時間：3/1～10/15 7:00～18:00；10/16～2月底 8:00～17:00
C|門票：成人 320 日圓
C|逛完兼六園可以直接穿過石川門進入金澤城公園，這裡不用門票。下午再步行到21世紀美術館，圓形的建築本身就很好拍，看展覽需要另外購票，交流區則可以免費參觀。
C|休館日：週一（遇假日則順延）
B|▲ 兼六園的徽軫燈籠
B|【住宿推薦】這趟我們住的是金澤站前的商務飯店，走路到車站只要三分鐘，早餐還有在地的加賀料理。現在透過本站專屬連結預訂，輸入折扣碼 ADOTRIP 就能再享 9 折，還有機會免費升等房型，房間數量有限，想去北陸的朋友千萬別錯過！
B|👉 立即查看空房與最新價格
C|Day 3｜東茶屋街、返程
C|最後一天早上去東茶屋街，保存完整的木造町家在石板路兩旁排開，很有江戶時代的氣氛。這裡有不少金箔工藝店，金箔霜淇淋雖然有點貴，但還是忍不住買了一支。
C|中午回到金澤站買了鐵路便當，搭新幹線回東京，結束這趟旅程。
C|交通小提醒
C|市區巴士單程票價大約兩百多日圓，如果一天會搭三趟以上，建議買巴士一日券比較划算。
C|整體來說，金澤很適合慢慢逛，三天兩夜剛剛好。
B|分類：日本自由行　標籤：金澤、北陸、兼六園、自由行
B|喜歡這篇文章嗎？追蹤我的 Instagram 和粉絲專頁，第一時間看到新的旅遊分享！
B|« 上一篇：京都賞楓私房景點　下一篇：北海道冬季自駕注意事項 »
B|你可能也會喜歡
B|大阪環球影城快速通關怎麼買？一次看懂
B|東京自由行第一次就上手，交通票券全攻略
B|沖繩租車自駕五天四夜行程
B|12 則留言
B|發表留言
B|Copyright © 2025 小旅行日記 All Rights Reserved.
"""


JA_70 = """B|ホーム ＞ IR情報 ＞ IRニュース ＞ 2025年
B|文字サイズ　小　中　大　｜　English
B|2025年2月7日
B|各位
B|会社名　ソラノ電子工業株式会社　代表者名　代表取締役社長　高岡 修一（コード番号：〇〇〇〇　東証プライム）
C|通期業績予想の上方修正および期末配当予想の増配に関するお知らせ
C|【本件のポイント】
C|1. 売上高・各段階利益ともに前回予想を上回る見込み
C|2. 営業利益は前回予想比19.4％増の43億円へ
C|3. 期末配当を6円増配し、年間配当は66円に
C|当社は、2025年2月7日開催の取締役会において、最近の業績動向を踏まえ、2024年11月8日に公表した2025年3月期（2024年4月1日～2025年3月31日）の通期連結業績予想および期末配当予想を下記のとおり修正することを決議いたしましたので、お知らせいたします。
C|1．通期連結業績予想の修正
C|（単位：百万円）
C|区分 | 売上高 | 営業利益 | 経常利益 | 親会社株主に帰属する当期純利益
C|前回発表予想（A） | 48,000 | 3,600 | 3,700 | 2,500
C|今回修正予想（B） | 51,500 | 4,300 | 4,450 | 3,050
C|増減額（B－A） | 3,500 | 700 | 750 | 550
C|増減率 | 7.3% | 19.4% | 20.3% | 22.0%
C|2．修正の理由
C|主な修正理由は以下のとおりです。
C|（1）車載向けパワー半導体用センサーの受注が、欧州および中国の顧客を中心に想定を上回って推移したこと
C|（2）第3四半期以降、為替相場が前回予想の前提（1米ドル＝140円）に比べ円安で推移したこと
C|（3）生産拠点における⾃動化投資の原価低減効果が、計画より前倒しで発現したこと
C|なお、第4四半期の為替前提レートは1米ドル＝150円としております。
C|3．期末配当予想の修正
C|上記の業績予想の修正に伴い、株主の皆様への利益還元を一層充実させるため、期末配当予想を1株当たり32円から38円に修正いたします。これにより、中間配当28円と合わせた年間配当は1株当たり66円となる予定です。
C|当社は今後も、ＤＸ推進とR&amp;D投資の拡充を通じて、持続的な企業価値の向上に努めてまいります。
C|以上
B|（注）上記の予想は、本資料の発表日現在において入手可能な情報に基づき作成したものであり、実際の業績は今後様々な要因によって予想数値と異なる可能性があります。また、本資料に記載されている将来に関する記述は、当社が現時点で合理的であると判断する一定の前提に基づいており、その達成を当社として約束する趣旨のものではありません。
B|本件に関するお問い合わせ先
B|ソラノ電子工業株式会社　経営企画部 IR・広報グループ
B|TEL：03-5555-0123　受付時間：平日9:00～17:30
B|E-mail：ir@sorano-denshi.example.jp
B|PDF版をダウンロード（256KB）
B|このページの先頭へ
B|サイトマップ｜プライバシーポリシー｜ご利用にあたって 繧ｵ繧､繝医・繝・・
B|Copyright © Sorano Denshi Kogyo Co., Ltd. All Rights Reserved.
"""


JA_71 = """B|本と珈琲とときどき猫 ｜ 読書記録ブログ
B|ホーム ＞ 読書感想 ＞ 小説
B|※当ブログはアフィリエイト広告を利用しています
C|【読書感想】水無瀬遥『灯台守の手紙』――届かなかった言葉が、三十年後に灯をともす
B|2025.03.02　カテゴリー：小説・文芸　タグ：水無瀬遥, 書簡体小説, 泣ける本
C|こんにちは。今回は、書店で表紙に一目惚れして買った水無瀬遥さんの『灯台守の手紙』の感想です。ネタバレは最小限にしているので、未読の方も安心して読んでください。
B|目次
C|あらすじ
C|舞台は瀬戸内の小さな島。祖母の遺品を整理していた主人公の千尋は、押し入れの奥から、かつて島の灯台守だった男性が祖母に宛てた手紙の束を見つけます。投函されないまま残された四十通の手紙を一通ずつ読み進めるうちに、千尋は祖母が生涯語らなかった若い頃の恋と、島を離れられなかった理由を知っていきます。
C|心に残った一節
C|物語の中盤、灯台守が嵐の夜に書いた手紙の中に、こんな言葉があります。
C|「灯りは誰かを呼ぶためではなく、帰る場所がここにあると知らせるためにともすのです。」
C|この一文を読んだとき、思わず本を閉じて、しばらく窓の外を眺めてしまいました。
C|よかったところ
C|・手紙の文体と現代パートの文体がはっきり書き分けられていて読みやすい
C|・島の季節の描写が細やかで、潮の匂いまで伝わってくる
C|・ラストの三ページ
C|気になったところ
C|現代パートに出てくる千尋の恋人のエピソードは少し唐突で、もう少し丁寧に描いてほしかったです。ただ、これは好みの問題かもしれません。
B|灯台守の手紙 [ 水無瀬 遥 ]
B|価格：1,870円（税込、送料無料）(2025/3/2時点)
B|楽天ブックスで見る　Amazonで見る　Yahoo!ショッピングで見る
B|楽天で購入
C|こんな人におすすめ
C|静かな物語が好きな人、手紙や日記の形式の小説が好きな人には、ぜひ読んでほしい一冊です。
C|星をつけるなら★★★★☆。
C|久しぶりに、読み終えたあと誰かに手紙を書きたくなる本でした。
B|ランキング参加中 読書
B|にほんブログ村 本ブログ 読書日記へ
B|↑ 応援クリックしていただけると更新の励みになります！
B|この記事を書いた人：しおり　本と珈琲と猫をこよなく愛する会社員。年間150冊を目標に、ミステリーから純文学、エッセイまでジャンルを問わず読んでいます。2018年からこのブログを書き続けていて、月に一度オンライン読書会も主宰しています。お仕事のご依頼はお問い合わせフォームからどうぞ。
B|関連記事
B|【2024年】今年読んでよかった小説ベスト10
B|泣ける書簡体小説おすすめ7選｜手紙で紡がれる物語
B|コメント（3）
B|Copyright © 2025 本と珈琲とときどき猫 All Rights Reserved.
"""


EN_70 = """B|Skip to main content
B|Home / Tutorials / Raspberry Pi
C|How to Set Up Automatic Backups on a Raspberry Pi with rsync and cron
C|Keep a nightly copy of your home folder on a USB drive, without installing any extra backup software.
B|By Dana Whitlock | Updated March 3, 2025 | 7 min read
B|Table of Contents
C|If your Raspberry Pi runs a home server, a weather station or a media centre, losing the SD card means losing hours of setup. The good news is that two tools already on most Linux systems, rsync and cron, are all you need to make reliable automatic backups.
C|What you'll need
C|A Raspberry Pi running Raspberry Pi OS
C|A USB drive formatted as ext4
C|About 15 minutes
C|Step-by-step instructions
C|In the commands below, replace pi with your own username if you chose a different one during setup.
C|1. Plug in the USB drive and find its device name:
C|lsblk
C|2. Create a mount point and mount the drive (replace sda1 with your device):
C|sudo mkdir -p /mnt/backup
C|sudo mount /dev/sda1 /mnt/backup
C|3. Give your user ownership of the drive so the backup can run without sudo:
C|sudo chown pi:pi /mnt/backup
C|4. To mount the drive automatically at boot, find its UUID with sudo blkid and add a line like this to /etc/fstab:
C|UUID=your-uuid-here /mnt/backup ext4 defaults,nofail 0 2
C|The nofail option matters: without it, your Pi may refuse to boot if the drive is unplugged.
B|Advertisement
B|Tired of SD card corruption? Upgrade to the PiVault Pro SSD kit and boot up to 10x faster. The first 500 orders get a free aluminium case, and code PIBACKUP takes 15% off today only.
C|5. Run a test backup with --dry-run first, so nothing is actually copied:
C|rsync -aAX --delete --dry-run /home/pi/ /mnt/backup/home-pi/
C|Check the output carefully. Be careful with --delete: it removes files from the backup that no longer exist in the source.
C|6. Schedule the backup: open your crontab with crontab -e and add this line to run it every night at 3 a.m.:
C|0 3 * * * rsync -aAX --delete /home/pi/ /mnt/backup/home-pi/ >> /home/pi/backup.log 2>&1
C|7. The next morning, check backup.log to confirm the job ran.
C|That's it!
B|Was this helpful? Yes No
B|Share: Twitter Facebook Reddit Copy link
B|Link copied!
B|About the author: Dana Whitlock is a systems administrator and hobbyist maker who has been tinkering with single-board computers since the first Raspberry Pi shipped in 2012. When she is not writing tutorials, she runs a small repair café in Leeds and maintains several open-source home automation scripts.
B|Popular Posts
B|How to Run Pi-hole in Docker
B|10 Raspberry Pi Projects for a Rainy Weekend
B|Fixing "Permission denied (publickey)" in SSH
B|Set Up a Static IP on Raspberry Pi OS Bookworm
B|Subscribe to our newsletter for weekly tutorials. No spam, unsubscribe anytime.
B|We use cookies to improve your experience. Accept Manage preferences
B|© 2025 PiWorkbench. All rights reserved. Privacy Policy · Terms
"""


IT_70 = """B|Home › Cronaca › Toscana
B|Accedi | Abbonati a 1€ al mese
C|Valmora, riapre il ponte medievale dopo due anni di restauri: «Restituiamo al paese il suo cuore»
C|Sabato la cerimonia di inaugurazione alla presenza di centinaia di residenti. L'intervento è costato 1,8 milioni di euro, finanziati in gran parte con fondi regionali.
B|di Marco Ferretti | 15 marzo 2025, 18:42
B|Condividi su Facebook | Condividi su X | WhatsApp | Email
C|Dopo ventisei mesi di cantiere, il ponte di Santa Lucia è di nuovo percorribile. Sabato mattina il sindaco di Valmora, Giulia Bertini, ha tagliato il nastro davanti a una piazza affollata, tra la banda comunale e i bambini delle scuole elementari che sventolavano bandierine.
C|Il ponte, costruito nel XIII secolo in pietra arenaria, era stato chiuso nell'autunno del 2022 dopo che un'ispezione aveva rilevato crepe profonde in due delle tre arcate. Per mesi gli abitanti della frazione di Poggiolo hanno dovuto percorrere una deviazione di oltre otto chilometri per raggiungere il centro.
B|Leggi anche: Maltempo in Toscana, allerta arancione per domenica su tutta la costa
C|«Restituiamo al paese il suo cuore», ha detto il sindaco durante la cerimonia.
C|I lavori sono stati eseguiti sotto la supervisione della Soprintendenza. Le pietre danneggiate sono state sostituite con blocchi provenienti dalla stessa cava utilizzata nel Medioevo, mentre le fondazioni sono state consolidate con micropali invisibili dall'esterno.
B|Pubblicità
B|Il ponte di Santa Lucia illuminato la sera dell'inaugurazione: per l'occasione il Comune ha installato un nuovo impianto a led che mette in risalto le tre arcate e si riflette nelle acque del torrente (foto di Luca Pieri)
C|Come cambia la viabilità
C|Il passaggio sarà consentito solo a pedoni, ciclisti e veicoli fino a 3,5 tonnellate. Per i mezzi pesanti resta obbligatoria la strada provinciale.
C|Limite di velocità sul ponte: 30 km/h
C|Non tutti però sono soddisfatti. Alcuni commercianti di via Roma lamentano che il divieto ai camion rende più complicate le consegne. «Siamo contenti che il ponte sia aperto, ma serve una soluzione per chi lavora», spiega Franco Lenzi, titolare di una ferramenta.
C|Il Comune ha annunciato che nelle prossime settimane incontrerà le associazioni di categoria.
B|Leggi anche: Concorso scuola 2025, pubblicato il bando: ecco tutti i requisiti
B|Pubblicità
C|La festa è proseguita fino a sera, con un mercatino di prodotti locali e un concerto sulla riva del torrente.
C|«Ci voleva», sorride Maria, 84 anni, che da bambina attraversava quel ponte ogni giorno per andare a scuola.
B|© RIPRODUZIONE RISERVATA
B|Tag: Valmora, restauro, ponti, Toscana
B|Iscriviti alla newsletter di Cronaca Toscana: ogni mattina le notizie più importanti direttamente nella tua casella di posta.
B|Potrebbe interessarti anche
B|Firenze, nuovo parcheggio scambiatore: ecco quando apre
B|Incidente sulla superstrada, code fino a Empoli
B|Festival del fumetto, i biglietti in vendita da lunedì
B|Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti l'uso dei cookie. Maggiori informazioni
B|Testata registrata presso il Tribunale di Firenze. P.IVA 01234567890
"""


ZH_CN_80 = """B|点击蓝字关注我们
B|原创 林小满 城事研究所 2024-03-12 08:00 发表于广东
C|回南天来了，家里的墙为什么会“出汗”？
C|每年二三月，广州、深圳、南宁等地的居民都会迎来一段“湿漉漉”的日子：地板打滑，镜子起雾，晾了三天的衣服摸上去还是潮的。老广们把它叫作“回南天”。
B|【福利】本周五晚八点，我们将在视频号直播间邀请家居博主分享“回南天防潮全攻略”，直播间下单除湿机立减200元，还有机会抽取价值千元的全屋防潮礼包，名额有限，先到先得，记得提前点击预约！
C|01｜冷墙遇上暖湿空气
C|简单来说，回南天就是“冷的东西遇到了又暖又湿的空气”。&nbsp;冬季持续的冷空气让墙面、地砖和玻璃的温度降得很低，而当暖湿的南风突然到来，空气中的⽔汽碰到这些冰凉的表面，就会凝结成⼀颗颗⼩⽔珠。
C|气象上常用“露点温度”来解释这一现象。当空气相对湿度（ＲＨ）超过９０％，而墙面温度又低于露点时，墙壁就会像刚从冰箱里拿出来的饮料瓶一样“冒汗”。
B|▲ 回南天期间，不少市民家中的瓷砖墙面和玻璃门上布满了细密的水珠，有的甚至顺着墙角流到地上，形成一小摊积水（图源网络）
B|图片来源：网络，如有侵权请联系删除
C|02｜为什么开窗反而更潮
C|很多⼈的第⼀反应是开窗通风，想让“潮气散出去”。但回南天期间​室外的空气比室内更湿、更暖，窗户一开，等于把更多水汽请进了家门。
C|一位在气象台工作了二十多年的预报员告诉我们：“回南天一般持续三到五天，等下一股冷空气南下，湿度很快就会降下来。这几天关好门窗，比什么都重要。”
C|03｜这几个办法真的管用
C|1. 关紧门窗，尤其是在南风吹起的午后。
C|2. 打开空调的除湿模式或使用除湿机，把室内湿度控制在６０％左右。
C|3. 拖地时先用干拖把，避免“越拖越湿”。
C|4. 衣柜、鞋柜里放几包干燥剂，并记得定期更换。
C|5. 衣服尽量用烘干机，或者挂在开了除湿的房间里晾干。
C|记住一句话：先关窗，再除湿。
C|写在最后
C|回南天虽然恼人，但它也是春天到来的信号。等这几天过去，岭南就会迎来一年中最舒服的时节。你家今年“出汗”了吗？欢迎在留言区聊聊你的防潮妙招。
B|—END—
B|作者｜林小满　编辑｜阿澈　审核｜周周
B|往期推荐
B|广州人最爱的十家早茶店，你去过几家？
B|深圳地铁新线路开通，这几站值得专门去逛逛
B|梅雨季到底该不该开除湿机？一文说清
B|老房子返潮严重，装修时千万别忽略这一步
B|点击下方名片，关注我们
B|长按识别二维码｜关注城事研究所｜每天一篇，带你读懂身边的城市
B|分享　收藏　点赞　在看
B|觉得有用，就点个“在看”吧
B|阅读 2.3万
B|写留言
"""


ZH_CN_81 = """B|优选集市 首页 > 家用电器 > 厨房小电 > 电水壶
B|您好，请登录　免费注册　我的订单　购物车(0)
C|轻旅折叠电热水壶 0.6L 双电压 食品级硅胶 旅行出差便携烧水壶
C|一壶随行，走到哪里都有一杯热水。
B|¥129.00　券后价 ¥99.00　月销 3000+
B|领券：满99减30｜店铺新人券 5元｜立即领取
B|配送至 上海 浦东新区　有货　今天23:00前下单，预计明天送达
B|数量　－　1　＋　加入购物车　立即购买
B|商品详情　规格参数　用户评价(2.6万+)　售后保障
C|商品介绍
C|经常出差的人大概都有过这样的经历：酒店房间里的水壶不敢用，想喝口热水却只能下楼去买。轻旅折叠电热水壶就是为这样的场景设计的。
C|壶身采用食品级硅胶与304不锈钢底盘组合，使用时拉开即可盛水，收起时压缩到只有4.5厘米高，连同电源线一起放进附赠的收纳袋，也只占行李箱的一个小角落。
C|产品亮点
C|· 可折叠设计：收纳高度仅4.5厘米，轻松放入背包侧袋。
C|· 双电压自适应：支持110V和220V，出境旅行无需额外变压器（需自备转换插头）。
C|· 防干烧保护：壶内无水或水烧干时自动断电，指示灯随即熄灭。
C|· 约5分钟烧开：600W功率，0.5升常温水约5分钟沸腾。
C|规格参数
C|品牌|轻旅
C|型号|QL-F06
C|容量|0.6L
C|额定功率|600W
C|额定电压|110V / 220V
C|净重|约480g
C|包装清单|水壶×1、电源线×1、收纳袋×1、说明书×1
C|温馨提示：首次使用前，请先加水煮沸并倒掉，重复两到三次，以去除新硅胶的气味。
B|价格说明：划线价格为商品的专柜价、吊牌价、零售价或该商品曾经展示过的销售价等，并非原价，仅供参考；未划线价格为商品的实时标价，具体成交价格可能因会员使用优惠券、积分等发生变化，最终以订单结算页价格为准。
B|用户评价　好评率98%
B|大家都在说：小巧便携(1203)　烧水快(864)　做工好(512)
B|容量刚好一个人用，折起来真的很小，出差必备！
B|烧水速度还行，就是第一次有股硅胶味，煮了几次就没了。
B|查看全部评价 >
B|猜你喜欢
B|旅行分装瓶套装 硅胶挤压式 ¥19.9
B|多国转换插头 全球通用 ¥45.0
B|真空保温杯 500ml 316不锈钢 ¥89.0
B|U型记忆棉颈枕 飞机高铁午睡 ¥59.0
B|联系客服　进入店铺　关注店铺
B|Copyright © 2024 优选集市 版权所有
"""


ZH_TW_80 = """B|星娛網 > 娛樂 > 香港娛樂
B|即時娛樂｜韓星｜台灣｜電影｜專題｜有片
C|陳凱晴出道十年首開紅館演唱會 記者會上哽咽：「冇你哋就冇今日嘅我」
C|唱作歌手陳凱晴昨日（17日）宣布，將於今年八月在紅館舉行個人首次大型演唱會，講到一路支持自己的歌迷時，一度激動落淚。
B|撰文：黃子朗｜攝影：梁浩然
B|2024年5月18日 14:32
B|分享至 Facebook｜WhatsApp｜複製連結
C|陳凱晴昨日以一襲白色長裙現身記者會，甫坐下便笑言自己「前晚緊張到瞓唔著」。她透露，開紅館是出道時許下的心願，「當時覺得好遙遠，好似發夢咁，點知真係等到呢一日。」
C|談到十年來的起跌，她坦言曾經有兩年幾乎接不到工作，一度打算放棄音樂，回老家幫手打理家族的茶餐廳。
C|「嗰陣有個歌迷寫咗封好長嘅信俾我，話佢每日返工都聽我首歌。我讀完喊咗成晚，之後話俾自己聽，再試多一年。」
B|圖：陳凱晴昨日以白色長裙亮相記者會，現場擺滿歌迷送贈的花牌。
B|圖：講到激動處，她忍不住掩面落淚，經理人在旁遞上紙巾，場面令在場記者都為之動容，她隨後站起來向台下歌迷深深鞠躬致謝。
B|圖：她與樂隊成員合照，笑說「大家都係由第一日跟到而家」。
C|被問到會否邀請嘉賓，她即賣關子：「一定有驚喜，不過而家唔講得住。」
C|她又透露，演唱會將加插一段不插電環節，重新編曲演繹出道作〈窗外〉。
C|演唱會詳情
C|「陳凱晴 十年一刻 演唱會2024」將於8月9日至11日一連三場在紅磡香港體育館舉行，門票將於6月1日上午10時起公開發售，票價分為$880、$680及$480三種。
C|記者會尾聲，她特意走到台前，向一早在場外守候的歌迷揮手，並承諾會在門票開售前再舉辦一次簽名會。
C|「多謝你哋。」
B|相關新聞
B|陳凱晴新歌MV曝光 與神秘男子海邊相擁惹揣測
B|樂壇頒獎禮最佳新人名單出爐 三強各有支持者
B|【獨家】陳凱晴素顏行街被捕獲 親切與粉絲合照
B|紅館檔期爆滿 明年上半年已全部租出
B|【有片】前港姐自爆婚後生活驚人內幕｜TVB老戲骨入院最新狀況曝光｜男星深夜街頭與女子擁吻被拍 網民：真係估唔到｜50歲女星素顏照曝光 皮膚狀態嚇親網民｜天后豪宅曝光 露台可望全海景
B|喜歡這篇文章？立即讚好我們的Facebook專頁，緊貼最新娛樂消息！
B|留言（128）
B|© 2024 星娛網 版權所有，未經許可不得轉載
"""


JA_80 = """B|みどり野市
B|文字サイズ 小 中 大
B|背景色 白 黒 青
B|サイト内検索　検索
B|ホーム > くらし・手続き > ごみ・リサイクル > お知らせ
C|粗大ごみの戸別収集の申込方法が変わります
B|更新日：2024年9月2日　ページ番号：10482
B|このページを印刷する
C|令和6年10月1日（火曜日）から、粗大ごみの戸別収集の申込方法が変わります。これまでの電話による申込に加えて、インターネットからの申込も受け付けます。あわせて、収集日の指定方法を一部見直します。
C|インターネット申込の受付開始：令和6年9月17日（火曜日）午前9時から
C|変更の内容
C|1　申込方法
C|・電話：粗大ごみ受付センター（月曜日から金曜日の午前8時30分から午後5時まで）
C|・インターネット：市ホームページの「粗大ごみ申込フォーム」（24時間受付）
C|2　収集日
C|申込日の翌週以降の収集日の中から、ご希望の日をお選びいただけます。これまでは受付センターが収集日を指定していましたが、10月以降はご自身で選べるようになります。
C|3　手数料
C|品目|手数料（1点あたり）
C|いす・カーペット・自転車|400円
C|たんす・ソファ・ベッド|800円
C|マッサージチェア|1,200円
C|手数料は、市内の取扱店で販売している「粗大ごみ処理券」でお支払いください。
C|注意事項
C|・エアコン、テレビ、冷蔵庫、洗濯機などの家電4品目は、粗大ごみとして収集できません。
C|・収集日当日の午前8時30分までに、処理券を貼って指定の場所に出してください。
C|※年末年始（12月29日から1月3日）は受付を休止します。
B|関連ファイル
B|粗大ごみ処理券取扱店一覧（PDF：182KB）
B|PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。お持ちでない方は、アドビ社のウェブサイトからダウンロードしてください。
B|お問い合わせ先
B|環境部 ごみ減量推進課 収集係
B|〒999-0101 みどり野市中央1丁目1番1号 本庁舎3階
B|電話：0489-55-1234　ファクス：0489-55-1299
B|メールでのお問い合わせはこちら
B|このページの情報は役に立ちましたか？ 役に立った どちらともいえない 役に立たなかった
B|送信
B|Copyright © Midorino City. All Rights Reserved.
"""


JA_81 = """B|教えて広場 トップ > 暮らしと生活ガイド > 料理、レシピ
B|ログイン　新規登録
C|ぬか床の表面に白い膜のようなものが張ってしまいました。これはカビでしょうか？捨てたほうがいいですか？
C|先月からぬか漬けを始めた初心者です。三日ほど旅行で家を空けて、帰ってきたらぬか床の表面が白っぽい膜で覆われていました。においは少し酸っぱいですが、嫌なにおいではありません。このまま混ぜても大丈夫なのか、全部捨てて作り直すべきか、教えてください。
C|補足：容器はホーローで、冷蔵庫には入れずに台所の隅に置いていました。
B|hana_mame_22さん
B|2024/6/14 21:08
B|回答数：3　閲覧数：1,284
B|この質問に回答する
B|ベストアンサーに選ばれた回答
B|ぬか職人さん
B|カテゴリマスター　ランク：料理、レシピ 2位
C|それはおそらく「産膜酵母」です。ぬか床がうまく発酵している証拠でもあるので、慌てて捨てる必要はありません。
C|白い膜は表面の酵母が増えたもので、薄く平らに広がっているなら、そのままぬか床に混ぜ込んでしまって大丈夫です。気になるなら表面を薄くすくって取り除いてもかまいません。
C|ただし、青や黒、ピンク色のふわふわした綿のようなものが見えたら、それは本物のカビです。その場合は、カビの部分を周りのぬかごと多めに取り除いてください。
C|夏場は常温だと発酵が進みすぎるので、一日一回混ぜられない日は冷蔵庫に入れておくと安心ですよ。
B|ナイス！ 12
B|違反報告
B|2024/6/14 21:40
B|質問者からのお礼コメント
C|カビではなかったんですね、安心しました！さっそく混ぜ込んで、旅行のときは冷蔵庫に入れるようにします。
B|お礼日時：2024/6/15 7:02
B|その他の回答（2件）
B|ごはん党さん
B|ランク：ビギナー
C|うちでも夏になるとよく出ます。私は毎回混ぜ込んでいますが、十年以上問題なく使えています。塩を少し足すと出にくくなりますよ。
B|ナイス！ 3
B|違反報告
B|ko_****さん
C|産膜酵母ですね。混ぜれば大丈夫です。
B|ナイス！ 0
B|違反報告
B|関連する質問
B|ぬか床に入れる昆布は何日くらいで取り出すべきですか？
B|ぬか漬けが塩辛くなりすぎた時の対処法を教えてください
B|ぬか床から足のにおいのような臭いがします。原因は何でしょうか？
B|冷蔵庫で作るぬか床でもちゃんと漬かりますか？
B|ぬか床に卵の殻を入れるのはなぜですか？
B|回答してポイントを獲得しよう！ログインしてこの質問に回答する
B|© 2024 教えて広場
"""


EN_80 = """B|Home > Local > City Hall
B|Sign in | Subscribe for $1
C|Port Alder council votes to test a four-day week for city workers
C|The six-month pilot will cover about 400 employees in parks, libraries and permitting, but police, fire and sanitation crews are excluded.
B|By Maya Ellison, City Hall Reporter
B|Published 6:12 a.m. Oct. 8, 2024 | Updated 9:40 a.m.
B|Share on Facebook | Share on X | Email | Copy link
C|PORT ALDER — City employees in three departments will work four 10-hour days instead of five eight-hour days starting in January, after the City Council narrowly approved a pilot program late Monday night.
C|The vote was 6-3.
C|Supporters argued the change would help the city hold on to staff at a time when nearly one in five municipal positions sits vacant. Opponents warned that residents could find offices closed on days they have long relied on.
B|Subscribe to our newsletter
B|Get the morning's most important local stories, from council votes to school board decisions, delivered straight to your inbox before your first cup of coffee. It's free, and it takes less than a minute to sign up.
B|Email address
B|Sign up
B|By signing up, you agree to our Terms of Use and acknowledge that your information will be used as described in our Privacy Policy. You may unsubscribe at any time.
C|“We’re not asking anyone to do less work. We’re asking for smarter hours,” said Council Member Rosa Delgado, who sponsored the measure. “If we can’t fill the jobs we already have, residents are the ones who wait.”
C|Council Member Tom Hartigan, who voted no, said he was not convinced the savings would materialize. “I’ve yet to see a spreadsheet that tells me who answers the phone on Friday,” he said.
B|Watch: Council members spar over the four-day week proposal
B|0:45
B|Up next
B|Ferry fares set to rise for the first time in a decade
B|2:13
B|Autoplay on
C|How the pilot will work
C|Under the plan, library branches will stay open five days a week by staggering staff schedules, while the permitting office will close to walk-in visitors on Fridays but continue to process applications online.
C|The city’s human resources department will track overtime, sick leave, vacancy rates and customer wait times, and report back to the council in July.
C|If the results hold up, the council could expand the program to other departments next year.
B|Maya Ellison has covered Port Alder City Hall since 2019. Before joining the Ledger, she reported on state government and transportation for newspapers in Oregon and Idaho, and she was part of a team that won a regional award for coverage of a transit funding fight. Reach her at mellison@example.com.
B|Related Stories
B|Library branches to add Sunday hours at two locations
B|City budget gap narrows to $4.2 million, finance director says
B|Why Port Alder can't hire enough building inspectors
B|Most Read
B|1. Beloved waterfront diner closes after 41 years
B|2. High school football: Late field goal lifts Harbor over Westview
B|3. Police identify man pulled from river near Pier 9
B|We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept
B|© 2024 The Port Alder Ledger. All rights reserved.
"""


EN_81 = """B|Home » Recipes » Breakfast
B|Jump to Recipe | Print Recipe
C|Brown Butter Banana Oat Muffins
B|By Claire Whitman | Published March 3, 2024 | Updated April 10, 2024 | 23 Comments
B|This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases, which means I may receive a small commission at no extra cost to you if you buy through my links. Please read my disclosure policy for more information.
C|There is a particular kind of Sunday morning that only happens in late winter, when the light is thin and the kitchen is the warmest room in the house. My grandmother called those "muffin mornings," and she'd send me to the pantry for oats while she browned a stick of butter until the whole house smelled like toasted hazelnuts.
C|I've baked a lot of banana muffins since then, and most of them were fine. These are the ones I actually crave. Browning the butter takes an extra five minutes, but it gives the muffins a deep, nutty flavor that plain melted butter just can't match, and the oats keep them tender without making them heavy.
C|They're also a great way to use up the spotty bananas on your counter. The riper, the better: you want peels that are more brown than yellow.
B|ADVERTISEMENT
B|Want more cozy breakfasts like this? Grab my free 7-day Slow Mornings meal plan, packed with make-ahead recipes, printable shopping lists and my best tips for getting breakfast on the table in 15 minutes or less. Just pop your email in below and I'll send it straight over!
C|A note on browning butter: keep the heat at medium and watch closely. Once you see golden flecks at the bottom of the pan and smell something nutty, pull it off the heat.
C|Prep Time: 15 mins | Cook Time: 20 mins | Total Time: 35 mins
C|Servings: 12 muffins
B|Course: Breakfast | Cuisine: American | Keyword: banana muffins, brown butter
C|Ingredients
C|1/2 cup (113 g) unsalted butter
C|3 very ripe bananas, mashed
C|2/3 cup (135 g) light brown sugar
C|1 large egg
C|1 tsp vanilla extract
C|1 1/2 cups (190 g) all-purpose flour
C|1 cup (90 g) rolled oats
C|1 tsp baking soda
C|1/2 tsp salt
C|Instructions
C|1. Preheat the oven to 375°F (190°C) and line a 12-cup muffin tin with paper liners.
C|2. Melt the butter in a light-colored saucepan over medium heat, swirling often, until it foams and turns golden brown, 5 to 7 minutes. Pour into a large bowl and let cool for 10 minutes.
C|3. Whisk the bananas, brown sugar, egg and vanilla into the butter until smooth.
C|4. Add the flour, oats, baking soda and salt, and fold just until no dry streaks remain.
C|5. Divide the batter among the cups and bake for 18 to 20 minutes, until a toothpick comes out clean.
C|Nutrition
C|Calories: 218kcal
C|Fat: 9g
C|Sugar: 15g
B|Nutrition information is an automatically calculated estimate and should be used for informational purposes only; it is not a substitute for advice from a professional nutritionist.
B|Tried this recipe? Tag @claireskitchen on Instagram and leave a star rating below!
B|23 Comments
B|Leave a Reply
B|Jenna R. — March 5, 2024 at 8:14 am
B|Made these this morning and my kids devoured them! I added a handful of walnuts and they were perfect. Definitely browning the butter from now on.
B|Reply
B|Mark T. — March 9, 2024 at 6:52 pm
B|Could I use quick oats instead of rolled oats?
B|Reply
B|© 2024 Claire's Kitchen. All rights reserved.
"""


ZH_CN_90 = """B|• 新手必看，《星穹旅人》开荒期资源分配攻略
B|• 三分钟搞懂，《幻境之塔》第七章隐藏宝箱位置汇总
B|• 零氪玩家福音，《云海仙踪》平民最强阵容搭配推荐
B|• 版本速递，《机甲纪元》2.4版本更新内容一览
B|• 别再乱加点了，《江湖夜雨》心法加点技巧详解
B|• 老玩家私藏，《像素农场》高效种植路线与赚钱技巧
B|• 开服必领，《剑影长歌》最新兑换码及领取方法
B|• 一图看懂，《深渊回响》全职业天赋最强配装
B|科技 > 前沿探索
C|南海冷泉区发现一类“慢代谢”古菌，或改写深海甲烷去向认知
C|研究团队在约１４００米深的冷泉沉积物中富集培养出一类此前未被描述的古菌。它们代谢极其缓慢，却可能在数百年尺度上持续消耗甲烷。
B|作者：林晓岚　　责任编辑：周默
B|2024-05-17 09:32　来源：科学探索综合
C|深海冷泉是海底甲烷等流体缓慢渗出的区域，常被比作“海底绿洲”。与热液喷口不同，冷泉的温度接近周围海水，能量主要来自从沉积物深处向上迁移的甲烷和硫化物。过去二十年，科学家已经知道冷泉沉积物里的微生物会“吃掉”相当一部分甲烷，但究竟是哪些微生物在起作用、速度有多快，仍有很多空白。
C|此次研究⼈员在两个航次中共采集了４６个沉积物柱样，&nbsp;并在实验室中模拟原位的低温高压条件，连续培养了将近三年。
B|图为科考船在冷泉区布放深海着陆器。资料图
C|极低能量下的“慢生活”
C|培养结果显示，这类古菌的细胞倍增时间以年计，最长的估算接近四年。作为对比，实验室常见的大肠杆菌在适宜条件下⼤约二十分钟就能分裂一次。
C|“它们就像是把一顿饭分成一整年来慢慢吃。”论文通讯作者、研究员郑怀远说，“能量少到这种程度还能维持细胞结构，这本身就很值得研究。”
C|研究团队通过基因组分析发现，这类古菌携带一套简化的甲烷氧化酶系，并且缺少许多在其他古菌中常见的运动和趋化相关基因。换句话说，它们几乎不“动”，只是在原地缓慢地工作。
C|论文摘要这样概括这一发现：
C|These archaea appear to trade speed for persistence, surviving on an energy budget close to the theoretical minimum for life.
C|为什么这很重要
C|全球海洋沉积物中储存着巨量甲烷。甲烷的温室效应远强于二氧化碳，一旦大量进入海水和大气，可能加剧气候变化。
C|以往的估算主要依据代谢速度较快的微生物类群。如果这些“慢吞吞”的古菌分布广泛，那么沉积物对甲烷的过滤作用可能被低估了。
C|不过，郑怀远也提醒，目前的结论只基于南海两个站位的样品，“能不能推广到全球，还需要更多海域的数据”。
C|研究团队接下来计划开展三方面工作：
C|1. 在东海和西太平洋的冷泉区补充采样，比较不同海域的古菌丰度；
C|2. 利用同位素标记实验，直接测定原位条件下的甲烷消耗速率；
C|3. 尝试获得纯培养菌株，进一步解析其能量代谢的⽣化机制。
C|该研究得到了国家自然科学基金等项目的支持。
B|本文经授权转载自深蓝科普（ID：shenlan_kepu），转载请联系原作者。
B|阅读原文
B|参考文献
B|相关新闻
B|返回顶部
"""


ZH_CN_91 = """B|首页 > 财经 > 理财频道
C|多家中小银行再调存款利率，储户的钱该往哪儿放
C|本月以来，至少十余家城商行和农商行下调了定期存款挂牌利率，部分三年期产品利率已跌破2%。业内人士认为，存款利率下行仍是大趋势，储户需要重新审视自己的资产配置。
B|链接已复制
B|让每一张发票都自己归档
B|「账小满」智能记账助手
B|拍照即可识别发票和小票，自动生成月度收支报表，小微企业财务效率提升60%
B|免费试用，无需绑卡，3分钟上手
B|展开全文
C|“上个月还是2.25%，这个月到柜台一问，只剩2.05%了。”在一家城商行网点，刚办完转存的退休教师王阿姨有些无奈。
C|记者梳理发现，此轮调整以中小银行为主，幅度多在10到25个基点之间，涉及三个月至五年期的多个档次。以其中一家城商行为例，其调整前后的挂牌利率如下：
C|期限 | 调整前 | 调整后
C|三个月 | 1.35% | 1.25%
C|一年 | 1.75% | 1.60%
C|三年 | 2.25% | 2.05%
C|五年 | 2.30% | 2.05%
C|为什么中小银行跟得这么快
C|一位不愿具名的城商行计划财务部人士告诉记者，今年以来贷款利率持续下行，银行的净息差被明显压缩，“资产端收益降下来了，负债端如果不动，利润就很难看”。
C|此外，大型银行此前已率先调整，中小银行如果维持较高利率，虽然短期能揽到存款，但成本压力会越来越大。
B|女星晒48岁生日照状态惊人网友直呼冻龄国足主帅赛后一句话引热议球迷吵翻了每天早上空腹喝这种水坚持一个月身体竟发生这些变化新版本上线首日服务器崩溃玩家排队三小时才进游戏老人晨练突然晕倒路人接力施救暖心一幕刷屏某顶流恋情疑似曝光工作室深夜回应
C|储户可以怎么做
C|多位理财师建议，面对利率下行，储户不必过度焦虑，但可以根据资金用途做一些调整：
C|· 三年内确定要用的钱，仍可优先选择存款或大额存单，安全性最重要；
C|· 短期备用金可以考虑货币基金或银行现金管理类产品，流动性更好；
C|· 有一定风险承受能力的，可适当配置纯债基金，但要注意净值波动；
C|· 不要为了追求高收益去买来路不明的“理财产品”。
C|“利率下行是一个长期过程，与其去猜下一次降多少，不如先把自己的钱分好类。”一家股份制银行的理财经理李骁说。
C|也有分析人士指出，部分地区的村镇银行和民营银行利率仍相对较高，但储户在选择时应关注银行的经营状况，并确认存款在存款保险的保障范围内。
B|风险提示：市场有风险，投资需谨慎。本文内容仅供参考，不构成投资建议。
B|责任编辑：赵一鸣
B|相关新闻
B|分享到：微信 朋友圈 微博
"""


ZH_CN_92 = """B|美食 · 周末厨房
C|番茄炖牛腩：把一个下午交给一口锅
C|这道菜没有什么技巧，难的是等。番茄的酸、牛腩的香，都要在小火里慢慢熬出来。
C|小时候家里炖牛腩，是一件要提前一天就开始筹划的事。母亲会在前一晚去菜市场挑肉，第二天一早把肉泡在凉水里，然后整个上午都围着灶台转。那时候我总嫌她慢，现在自己做了，才知道慢是有道理的。
C|“肉要挑肥瘦相间的，全瘦的炖出来发柴。”这是她教我的第一句话。
C|食材
C|牛腩 800克
C|番茄 4个（熟透的为好）
C|洋葱 半个
C|姜 3片，葱 2根
C|番茄酱 1大勺
C|生抽 2勺，老抽 半勺，冰糖 5粒
C|盐 适量
C|做法
C|1. 牛腩切成约四厘米见方的块，冷水下锅，加姜片和少许料酒焯水，水开后撇去浮沫，捞出用温水冲净。
C|2. 番茄顶部划十字，用开水烫一下去皮，三个切块，留一个最后用。
C|3. 锅里少放油，先把洋葱炒软，再下番茄块和番茄酱，中火炒到出沙。
C|4. 放入牛腩翻炒，加生抽、老抽和冰糖，倒入没过肉的热水。
C|5. 大火烧开后转小火，盖盖炖一个半小时左右，中间翻动一两次。
C|6. 把留下的那个番茄切块放进去，再炖二十分钟，加盐调味，收汁即可。
C|几个小提醒
C|加水一定要加热水。冷水一激，肉会收紧，怎么炖都不容易烂。
C|番茄分两次放，是为了让汤底浓，出锅时又能吃到成块的番茄。
C|如果用高压锅，上汽后压二十五分钟就够了，但味道会比砂锅略薄一些。
C|有读者在后台问我，能不能加土豆。当然可以，土豆在最后半小时放，会吸饱汤汁，比肉还抢手。
C|写这篇的时候，锅里正炖着。窗外在下雨，厨房里全是番茄的酸味。
C|我给母亲打电话，说今天又做了牛腩。她问：“放冰糖了吗？”
C|放了，五粒，一粒不多。
B|分享到：微信　微博　QQ空间
"""


ZH_TW_90 = """B|目錄
B|連結已複製
C|台中南屯老市場變身社區圖書館　保留鐵皮屋頂與攤位編號
B|記者陳怡君／台中報導
B|2024/03/08 14:20
C|閒置近十年的南屯區「永興市場」，經過兩年改建，⽇前正式以社區圖書館的身分重新開放。館方刻意保留原市場的鋼構屋頂與部分攤位編號，讓老住戶⼀走進來就認得出這裡曾經是買菜的地方。
C|永興市場興建於一九七○年代，全盛時期有超過六十個攤位。隨著周邊超市與量販店陸續開幕，攤商逐年減少，最後在二○一四年全面歇業。市府文化局與都發局&amp;區公所協調後，決定以「保留結構、重新利用」的方式改建。
B|改建後的圖書館保留了原市場的鋼構屋頂。（圖／記者陳怡君攝）
C|開館當天上午，共有超過 三百 位 民眾到場參觀，⼤⼈小孩擠滿了原本的市場走道。
C|攤位變書區　老編號還在
C|館內共分為兒童閱讀區、銀髮族區、自習區與多功能教室。原本的攤位被改成一個個半開放的小書區，每一區的柱子上仍漆著當年的攤位號碼，從「１號」一路排到「４８號」。
C|負責設計的建築師黃柏翰說：&quot;我們不想把它做成一個全新的空間，老住戶應該要能在這裡找到自己的記憶。&quot;
C|照明方面，團隊把原本昏暗的日光燈全部換成ＬＥＤ燈具，並在屋頂加開一排採光天窗，⽩天幾乎不需要開燈。
C|老住戶：以前在這裡買魚
C|住在附近超過五十年的林阿嬤，開館第一天就帶著孫子來看書。她指著入口旁的一根柱子說：「這裡以前是賣魚的，老闆姓蔡，每次都會多送我一條。」
C|也有年輕家長認為，附近過去缺少適合孩子的閱讀空間，「現在下課可以直接帶來這裡，比待在家裡滑手機好」。
C|開放時間與服務
C|週二至週日　上午９點至晚上９點
C|週一及國定假日休館
C|提供兒童說故事、銀髮族數位課程，以及每月一次的社區二手書交換
C|文化局表示，未來也將在館內一角設置「市場記憶展示區」，向住戶徵集老照片與舊物，預計年底前完成。
B|• 一次看懂，《神域召喚》新角色強度排行與配隊推薦
B|• 別再白抽了，《星海戰線》限定卡池抽取技巧整理
B|• 萌新必讀，《魔法學園物語》開局職業選擇攻略
B|• 改版懶人包，《夢幻島嶼》3.1版本更新重點一覽
B|• 隱藏結局怎麼拿，《霧都偵探》全線索收集攻略
B|• 輕鬆上分，《極速狂飆》最強改裝配置推薦
B|• 老玩家都在用，《龍脈傳說》裝備強化技巧
B|• 平民也能通關，《蒼穹騎士團》深淵副本打法解析
B|返回頂部
"""


ZH_TW_91 = """C|外婆的柑仔店
C|一間只有三坪大的雜貨店，撐起了我整個童年的夏天。
B|文／許靜宜
C|外婆的店開在巷口，沒有招牌，附近的人都叫它「阿綢仔的店」。店裡賣的東西很雜：醬油、火柴、衛生紙、一包一塊錢的酸梅，還有用橡皮筋綁成一串、掛在門口的塑膠水槍。
C|小學三年級那年，爸媽到北部的工廠上班，把我留在外婆家。那是我第一次離開家，晚上常常躲在被子裡哭，哭到隔壁的狗都跟著叫。
C|外婆沒有安慰我。
C|她只是在隔天一早把我叫到櫃台後面，塞給我一本封面都捲起來的帳簿，說：「你識字，幫阿嬤記帳。」
C|帳簿
C|那本帳簿上記的，大多是賒帳。隔壁陳伯欠兩包菸，巷尾阿美姨欠一罐沙拉油，修腳踏車的阿忠叔欠得最多，整整寫了半頁。有些名字後面沒有寫數字，只畫了一個圈。
C|「畫圈的是什麼意思？」我問。
C|「畫圈的，就是不用還了。」外婆把算盤推到一邊，「人家有困難，記著就好，不用討。」
C|我那時候不懂，覺得外婆做生意很笨。後來才知道，巷子裡好幾戶人家的孩子，都是吃著那些畫了圈的米和油長大的。
C|夏天
C|夏天是店裡最熱鬧的時候。下午兩點，太陽把柏油路曬得發軟，附近的孩子就會握著銅板來買枝仔冰。冰櫃是外婆從舊貨行買來的，關門時要用腳頂一下才關得緊。
C|我負責收錢、找錢，還有在帳簿上記下「紅豆兩枝、鳳梨一枝」。偶爾有人錢不夠，我會學外婆，在名字後面偷偷畫一個圈。
C|外婆看到了，也沒說什麼，只是那天晚上多煎了一顆荷包蛋給我。
C|最後一個圈
C|我升國中那年，爸媽把我接回北部。離開的前一天，外婆把那本帳簿翻到最後一頁，在空白處寫下我的名字，然後畫了一個圈。
C|「這是什麼意思？」
C|「你欠阿嬤的，也不用還。」她說。
C|店在外婆過世後就收了。鐵門拉下來的那天，在國外念書的表哥寄來一張明信片，上面只寫了一句英文：
C|"Grandma, I still remember the taste of those sour plums. Thank you for every circle you drew."
C|那本帳簿現在放在我書桌的抽屜裡。有時候工作不順，我會拿出來翻一翻，看看那些畫了圈的名字。
C|它們提醒我，有些帳，本來就不該算得太清楚。
B|分享至 Facebook　LINE　複製連結
"""


JA_90 = """B|スポーツ ＞ サッカー
C|FC浜風、ホーム最終戦で逆転勝ち　残留争いから一歩抜け出す
C|J3のFC浜風は24日、本拠地の潮見台陸上競技場でアルビオ北陸と対戦し、2－1で逆転勝ちした。後半アディショナルタイムにMF田村蒼太が決勝ゴールを挙げ、降格圏との勝ち点差を5に広げた。
B|文：スポーツ部　岡本 直樹
B|2024年11月24日 18:45
C|今季最多となる6312人が詰めかけたホーム最終戦。試合は序盤から北陸に押し込まれる展開となった。前半21分、右サイドを崩されてFW森下に先制点を許すと、その後も決定機を何度か作られた。
C|流れを変えたのはハーフタイムの修正だった。
C|浜風の石井監督は後半から布陣を4－4－2に変更し、前線からの守備を強めた。後半12分、CKからブラジル人FWジョアンが頭で合わせて同点に追いつく。
C|その後は一進一退の攻防が続いたが、後半アディショナルタイム3分、途中出場の田村がこぼれ球を左足で蹴り込み、スタジアムは大歓声に包まれた。
B|決勝ゴールを決め、ゴール裏のサポーターに駆け寄る田村（撮影・岡本直樹）
C|「最後の一本だけ信じた」　殊勲の田村
C|「正直、足はつりかけていました。でもゴール裏の声が聞こえて、もう一回だけ前に行こうと思った」。試合後、田村は汗をぬぐいながら笑顔で振り返った。
C|今季はけがで出遅れ、リーグ戦での得点はこれが初めて。「ずっと迷惑をかけてきたので、やっと少し返せたかな」と話した。
C|石井監督は「内容は決して良くなかった。ただ、最後まで走るという一番大事なところは選手たちが見せてくれた」と評価した。
C|同点弾のジョアンは、試合後に自身のSNSに英語でこう投稿した。
C|"This city deserves professional football, and we will fight for it until the very last minute."
C|試合経過
C|前半21分　北陸・森下　右からのクロスに合わせ先制
C|後半12分　浜風・ジョアン　CKからヘディングで同点
C|後半45＋3分　浜風・田村　こぼれ球を左足で決め勝ち越し
C|下位の順位（第36節終了時点）
C|順位 | チーム | 勝ち点 | 残り試合
C|17 | FC浜風 | 38 | 2
C|18 | 奥羽ユナイテッド | 35 | 2
C|19 | レグルス南海 | 33 | 2
C|20 | SC湖西 | 29 | 2
C|浜風は次節、12月1日にアウェーでレグルス南海と対戦する。引き分け以上で自力での残留が決まる。
B|関連ニュース
B|・知らないと損、「星渡りのアルカナ」リセマラ当たりキャラと最強編成まとめ
B|・初心者必見、「ドラゴンテイル戦記」序盤の効率的な進め方と攻略チャート
B|・今からでも間に合う、「蒼天のレギオン」イベント周回おすすめパーティ
B|・最新アプデ解説、「ぷにぷにファーム」Ver.5.2アップデート内容まとめ
B|・課金前に読みたい、「幻想鉄道クロニクル」ガチャ優先度と最強キャラランキング
B|・これで勝てる、「サムライ・ブレイズ」対人戦の立ち回りテクニック
B|・放置で稼ぐ、「ねこ島カンパニー」資金集めのコツと効率的な育成方法
B|・完全版、「魔導学院ノクターン」全ボス攻略と推奨装備一覧
B|ページの先頭へ
"""


JA_91 = """B|ミナトソフト Tech Blog
B|エンジニアリング ／ バックエンド
C|請求システムを止めずにモノリスから切り出した1年間の記録
B|2024.02.14　｜　バックエンドチーム　佐伯 遼
C|創業以来10年近く動き続けてきた請求機能を、サービスを一度も止めることなく独立したサービスへ移行しました。本記事では、その進め方と、やってみて分かった反省点をまとめます。
B|「会議の議事録、もう書かなくていい。」
B|AI議事録アシスタント「ミーツノート」
B|録音をアップロードするだけで、要点とToDoを自動で整理。チームの会議時間を平均30％削減します
B|今すぐ無料で試す、カード登録不要
B|目次
C|はじめに
C|こんにちは、バックエンドチームの佐伯です。昨年の春から約⼀年かけて、当社の請求機能をモノリス​から切り出すプロジェクトに取り組んできました。同じような課題を抱えているチームの参考になればと思い、経緯をまとめておきます。
C|背景
C|当社の請求機能は、もともと⼀つのＲａｉｌｓアプリケーションの中に、顧客管理や在庫管理と⼀緒に実装されていました。サービスの規模が小さいうちはそれで十分でしたが、契約数が増えるにつれて、次のような問題が目立つようになりました。
C|・デプロイのたびに、月末の請求バッチと時間が重ならないよう調整が必要だった
C|・テスト全体の実行に４０分以上かかり、小さな修正でもレビューが滞りがちだった
C|・障害が起きたとき、どこまで影響が及ぶのかを誰も正確に説明できなかった
C|特に三つ目は深刻で、ある月には在庫画面の不具合が原因で請求書の発行が半日遅れるという事故も起きました。
C|移行の進め方
C|⼀度に全部を作り直すのは現実的ではないため、既存システムの外側に新しいサービスを少しずつ育てていく「ストラングラーパターン」を採用しました。
C|設計ドキュメントの冒頭には、海外メンバーも含めたチームの共通ルールとして、英語で次の⼀文を書きました。
C|Never let two systems write to the same table at the same time. When in doubt, the old system remains the owner.
C|具体的な手順は以下のとおりです。
C|1. 新サービスを読み取り専用で立ち上げ、旧システムと計算結果を毎日突き合わせる
C|2. 差分ゼロの状態が２週間続いたら、書き込みを新サービスへ切り替える
C|3. ⼀か月様子を見てから、旧システム側の該当コードを削除する
C|突き合わせの段階では、端数処理の違いによる１円のずれが数百件見つかりました。原因は、旧システムの「請求&amp;入金」画面だけが独自の丸め処理を持っていたことでした。
C|振り返り
C|結果として、請求機能のデプロイは週１回から１日数回に増え、テスト時間も１２分まで短縮できました。⼀方で、データの二重管理期間が想定より長引き、運用チームに負担をかけてしまったのは反省点です。
C|「完璧な計画よりも、いつでも戻せる仕組みのほうがずっと大事だった」と、プロジェクトをリードした⼭⽥は話します。
C|おわりに
C|次回は、移行中に作った差分検知ツールの中身について紹介する予定です。
B|URLをコピーしました！
B|この記事をシェアする
B|一緒に働く仲間を募集しています
B|採用情報を見る
"""


JA_92 = """B|歴史・文化
C|江戸の台所を潤した玉川上水　四十キロ余りを「ほぼ平ら」に流す技術
C|承応年間に開削された玉川上水は、羽村から四谷大木戸までの約43キロを、わずかな高低差だけで流れる水路だった。現代のような測量機器がない時代に、どのようにしてこの水路は造られたのか。郷土史家に話を聞いた。
B|文：歴史ライター　森川 千尋
C|江戸の人口が急増した17世紀半ば、幕府にとって飲み水の確保は深刻な課題だった。既存の神田上水だけでは、広がり続ける市街地の需要をまかないきれなくなっていたからだ。
C|そこで計画されたのが、多摩川の水を直接江戸へ引き込む新たな上水である。工事を請け負ったのは、庄右衛門・清右衛門の兄弟と伝えられている。
B|玉川上水の水路跡を案内する郷土史家の石渡さん（写真は本人提供）
C|百メートルで二十センチ余り
C|羽村の取水口から四谷大木戸までの標高差は、およそ九十メートルほどとされる。距離に対してごくわずかな勾配で、水を淀ませることなく、しかも溢れさせずに流さなければならない。
C|「夜に提灯を並べて、その明かりの高さで勾配を確かめたという言い伝えがあります」と、長年この上水を調べてきた郷土史家の石渡隆さんは話す。「真偽ははっきりしませんが、当時の人たちが限られた道具で工夫を重ねたことは間違いありません」
C|失敗と再挑戦
C|工事は順調に進んだわけではない。最初に選んだルートでは、途中で水が地面に吸い込まれてしまい、計画の変更を余儀なくされたという話が残っている。
C|武蔵野台地を覆う関東ローム層は水を通しやすく、場所によっては水路の底から水が抜けてしまう。ルートの選定には、こうした土地の性質を見極める経験が欠かせなかった。
B|人気女優がすっぴん姿を公開しファン騒然「20代にしか見えない」日本代表FWが移籍を示唆か本人のSNSに意味深な投稿毎朝コップ1杯のアレで血圧が下がった医師が教える簡単習慣スマホゲーム新章解禁で話題の最強キャラ入手方法とは大物芸人が番組降板の真相を激白
C|江戸の暮らしを変えた水
C|完成した上水は、四谷大木戸から先は地下に埋めた木樋や石樋を通って、町の中へ張り巡らされた。人々は「上水井戸」と呼ばれる井戸から水をくみ上げて使った。
C|石渡さんは「水道の水で産湯をつかったというのが、江戸っ子の自慢だったんです」と笑う。
C|上水の役割は飲み水だけではなかった。途中で分けられた水は武蔵野の新田開発にも使われ、畑や集落を潤した。
C|いま歩いて見るなら
C|石渡さんがすすめる見どころは次の三つだ。
C|・羽村取水堰付近：上水の起点。兄弟の像も立つ
C|・小平から三鷹にかけての緑道：水路沿いに雑木林が続く
C|・四谷大木戸跡：水番所があった場所。記念の碑が残る
C|「地図を片手に、水がどちらへ流れているかを意識しながら歩くと、江戸の人の苦労が少し分かる気がしますよ」
B|参考資料
B|転載元：季刊「まちの記憶」第42号（許可を得て一部再編集しています）
B|前の記事
B|次の記事
B|関連ニュース
B|URLをコピーしました！
"""


ZH_CN_100 = """B|山岚生活旗舰店 | 首页 | 全部商品 | 新品上市 | 会员中心
B|登录注册我的订单购物车(0)手机版客户服务
B|首页 > 家用电器 > 厨房小电 > 咖啡磨豆机
C|山岚 M3 便携式电动磨豆机 锥形钢刀 30档粗细可调
C|一台巴掌大的磨豆机，充一次电能磨约40杯手冲的量，出门露营、在办公室续命都能带上。
B|月销 2000+ ｜ 累计评价 1283 ｜ 收藏 5.6万
B|分享 ｜ 链接已复制
B|加入购物车
B|立即购买
B|广告
B|熬夜追剧后皮肤暗沉？
B|「夜研修护精华」添加烟酰胺与积雪草提取物，连用14天，肌肤透亮看得见。
B|现在注册会员即可免费申领7天体验装，数量有限，先到先得 >>
C|商品详情
C|M3 采用 38mm 锥形不锈钢刀盘，研磨时转速控制在每分钟 150 转左右，发热小，能尽量保留咖啡豆本身的香气。外壳为一体式铝合金，磨砂手感，整机重量不到半斤。
B|M3 磨豆机实拍（资料图）
C|刻度环上共有 30 档，从意式浓缩用的细粉到法压壶用的粗粉都能覆盖。我们建议：
C|· 意式浓缩：1–6 档
C|· 手冲滴滤：12–18 档
C|· 冷萃/法压：24–30 档
C|机身底部为 Type-C 接口，约 2 小时充满。单次研磨 20 克中度烘焙豆大约需要 50 秒。
C|规格参数
C|项目 | 参数
C|型号 | SL-M3
C|刀盘 | 38mm 420不锈钢锥刀
C|调节档位 | 30档
C|豆仓容量 | 25g
C|电池 | 1500mAh 锂电池
C|充电接口 | Type-C，5V/1A
C|尺寸 | 直径 6.2cm × 高 19.5cm
C|净重 | 约 240g
C|颜色 | 月白 / 岩灰 / 松绿
C|包装清单：主机×1、清洁刷×1、充电线×1、说明书×1
B|温馨提示：商品图片仅供参考，因拍摄灯光及显示器色差等问题可能造成商品图片与实物有一定色差，一切以实物为准；本店所有商品均为正品，支持七天无理由退货（激活使用后不支持），如有质量问题请于签收后48小时内联系在线客服处理。
C|用户评价
B|全部(1283) 有图(326) 追评(88) 好评 中评 差评
B|好评率 97%
B|j***7  2024-05-12  颜色：岩灰
C|出差带着正好，酒店里用挂耳太没意思了。磨出来的粉挺均匀，手冲18档刚好。唯一的问题是磨深烘豆子有点吃力，要多按几下。
B|有用(56)  回复
B|豆***子  2024-04-28  颜色：月白
C|比我之前用的手摇省力太多，声音也不算大，早上不会吵醒家人。
B|有用(31)  回复
B|w***n  2024-04-03  颜色：松绿
C|用了一个月来追评：电池确实耐用，两周充一次。清洁的时候刀盘要拆下来，第一次拆费了点劲，看了说明书才弄明白。
B|有用(12)  回复
B|查看全部评价 >
B|看了又看
B|山岚 手冲壶 600ml 细口温控款 ¥259
B|山岚 电子秤 0.1g 计时咖啡秤 ¥89
B|山岚 玻璃分享壶 400ml 耐热款 ¥69
B|热门攻略
B|· 《星穹幻域》新手开荒攻略：前七天资源怎么分配最划算
B|· 《雾港迷城》第三章全收集图文流程
B|· 《灵契物语》五星角色强度排行（6月版）
B|· 《铁骑纪元》PVP阵容搭配推荐
B|大家都在看
B|月薪五千如何三年攒下首付？她的方法太狠了 这三种早餐千万别再吃了，医生都摇头 男子花200元买的旧柜子里竟藏着这个…… 养了十年的狗突然不吃饭，主人一查吓坏了
B|关于我们 | 联系客服 | 隐私政策 | 商家入驻 | 网站地图
B|Copyright © 2015-2024 山岚生活 版权所有 沪ICP备17****52号-1
"""


ZH_CN_101 = """B|柚子家园 - 有温度的生活社区
B|首页论坛问答活动商城登录|注册
B|柚子家园 › 萌宠天地 › 猫咪交流区 › 帖子
C|新手求助：三个月的小猫每天凌晨四点跑酷，怎么破？
B|查看: 8420 | 回复: 37
B|[复制链接] 链接已复制
B|楼主  咪咪的铲屎官  发表于 2024-3-18 09:12
B|本帖最后由 咪咪的铲屎官 于 2024-3-18 09:30 编辑
C|上个月从救助站领养了一只橘白小公猫，现在三个多月。白天基本都在睡，一到凌晨四点左右就开始满屋子冲刺，跳床、扒门、咬脚趾，我已经连续两周没睡过完整觉了。
B|推广
B|睡不好，白天全靠咖啡撑？
B|「安眠宝智能眼罩」3D遮光+白噪音，入睡快人一步。
B|点击申请30天免费试用，不满意无条件退 >>
C|试过的办法：
C|1. 睡前用逗猫棒陪它玩二十分钟，效果一般
C|2. 把它关在客厅，结果整晚挠门
C|3. 晚上不给吃的，早上它叫得更凶
C|想问问有经验的朋友，这个阶段是不是只能熬过去？还是有什么方法可以调整它的作息？
B|回复  举报  收藏
B|沙发  橙子不是橘子  发表于 2024-3-18 09:40
C|正常的，小猫精力旺盛，凌晨本来就是猫的活跃时间。你玩二十分钟不够，要玩到它喘气、趴下不动为止，然后马上喂一顿，吃完它自己就去睡了。“捕猎-进食-睡觉”这个顺序很重要。
B|板凳  老王家的三花  发表于 2024-3-18 10:05
C|同意楼上。再补充一点：白天尽量别让它一直睡，下班回家后多互动。我家那只六个月以后就好多了。
B|地板  Cathy_L  发表于 2024-3-18 11:22
C|可以考虑再养一只年龄相近的，两只互相玩，就不来烦你了（认真脸）
B|5#  咪咪的铲屎官  发表于 2024-3-18 12:01
B|回复 2# 橙子不是橘子 的帖子
C|谢谢！今晚试试先玩到它累再喂，喂湿粮还是干粮比较好？
B|6#  橙子不是橘子  发表于 2024-3-18 12:30
C|湿粮好一些，量不用多，一小罐的三分之一就行，记得从全天总量里扣掉，别喂胖了。
B|7#  兽医小周  发表于 2024-3-18 14:47
B|认证用户：执业兽医
C|补充一个专业角度：如果调整作息后仍然持续夜间嚎叫，尤其是接近绝育年龄的公猫，建议去医院做个基础检查，排除疼痛等问题。三个月的话大概率只是精力旺盛，不用太担心。
C|我之前写过一篇科普，下面贴一段，供大家参考。
B|本文转载自微信公众号「小周兽医说」(ID:xiaozhou_vet)，已获作者授权。
C|猫是晨昏性动物，天生在黎明和黄昏最活跃。幼猫在四到六个月之间会逐渐适应家庭作息，主人要做的是把一天中的“高能量时段”引导到自己方便的时间，而不是去惩罚它。
C|具体做法是固定每天两次的游戏时间，每次十五到二十分钟，游戏结束后立刻喂食。坚持两到三周，大部分猫咪都会明显改善。
B|参考文献
B|8#  咪咪的铲屎官  发表于 2024-3-20 08:15
C|更新：按大家说的坚持了两天，昨晚只在五点半叫了一次！太感动了，谢谢各位！
B|点赞 12  回复  引用
B|< 上一主题 | 下一主题 >
B|您需要登录后才可以回帖 登录 | 立即注册
B|发表回复
B|相关帖子
B|猫咪绝育后性格会变吗？过来人说说
B|领养代替购买：救助站领猫全流程分享
B|猫砂怎么选？豆腐砂、膨润土、混合砂横评
B|家里有婴儿还能养猫吗
B|游戏专区热帖
B|· 「晨曦骑士团」开服首周速刷路线
B|· 「蔚蓝回廊」隐藏结局触发条件汇总
B|· 「幻想农场物语」钓鱼图鉴完整版
B|热点推荐
B|她辞职回村养鸭，一年后收入让人意外 90后小伙一顿操作，老房子变网红民宿 这个习惯正在悄悄伤害你的肝 专家：今年夏天或比往年更热
B|Powered by 柚子家园 © 2010-2024 | 联系我们 | 免责声明 | 手机版
"""


ZH_TW_100 = """B|城市快報 | 即時 | 政治 | 生活 | 地方 | 財經 | 娛樂 | 運動
B|首頁登入訂閱電子報APP下載
B|首頁 > 地方 > 青川市
C|青川市公有路邊停車費7月起調整　市中心改為累進計費
B|記者林怡安／綜合報導
B|2024/05/28 14:32
B|字級 小 中 大 ｜ 連結已複製
C|青川市政府交通處28日公告，自7月1日起調整市區公有路邊停車收費，市中心商圈將改採「累進計費」，停越久費率越高，以提高車位周轉率。以下為公告全文。
B|廣告
B|每天通勤卡在車陣？
B|「順行ETC智慧帳戶」綁定信用卡自動扣繳停車費，免排隊免找零。
B|首次申辦享3個月免月費，立即免費試用 >>
B|目錄
B|主旨
B|依據
B|公告事項
C|青川市政府公告
C|發文字號：青市交停字第1130012345號
C|主旨：公告本市公有路邊停車場收費費率調整及實施日期。
C|依據：停車場法第31條及青川市公有停車場收費自治條例第5條。
C|公告事項：
C|一、實施日期：自中華民國113年7月1日起實施。
C|二、調整範圍：中正商圈、火車站前及文化中心周邊共42條路段，路段明細詳如附表。
C|三、收費方式：
C|（一）第一級區域（中正商圈）：第1小時30元，第2小時40元，第3小時起每小時50元。
C|（二）第二級區域（火車站前、文化中心周邊）：每小時20元，不累進。
C|（三）收費時段為週一至週六上午8時至晚上8時，週日及國定假日免費。
C|四、身心障礙者專用停車格依規定享有前2小時免費優惠，超過部分依原費率收費。
C|五、本案如有疑義，請洽交通處停車管理科，電話：（04）2345-6789轉512。
C|費率比較表
C|區域 | 調整前 | 調整後
C|中正商圈 | 每小時20元 | 30元起累進至50元
C|火車站前 | 每小時20元 | 每小時20元
C|文化中心周邊 | 每小時15元 | 每小時20元
B|中正商圈路邊停車格將於7月起改為累進計費。（圖／青川市交通處提供）
C|交通處長陳建宏表示，中正商圈尖峰時段路邊停車格使用率長期超過九成，不少車輛一停就是整天，導致想短暫購物的民眾找不到車位。「累進費率的目的不是多收錢，而是讓車位流動起來。」
C|他也提醒，市府已在商圈外圍新增兩處平面停車場，月租及臨停費率都比路邊便宜，鼓勵長時間停車的民眾多加利用。
B|附件下載：附表_收費調整路段一覽表.pdf（312KB）
B|本文部分內容轉載自青川市政府全球資訊網，原文請見市府公告專區。
B|延伸閱讀：青川輕軌二期環評通過　最快2027年動工
B|相關新聞
B|青川市公車新路線上路　首月搭乘免費
B|機車停車格違規將拖吊　市府：先勸導一個月
B|中正商圈人行道改善工程　下月封路施工
B|市區YouBike站點再增30站　學區優先
B|熱門遊戲攻略
B|・《星海指揮官》新手開局建築順序推薦
B|・《妖靈契約》SSR角色抽取機率整理
B|・《極速俠盜》全車輛解鎖條件一覽
B|你可能錯過了
B|她月薪3萬竟存到兩間房　關鍵只做對一件事 醫師警告：這4種水果空腹吃最傷胃 退休老師開早餐店　一顆飯糰賣出排隊人潮 颱風季將到　氣象專家曝今年可能更多
B|標籤：青川市 停車費 交通處 累進費率
B|分享到：Facebook LINE X
B|留言 0
B|請先登入後再發表留言
B|城市快報 版權所有 © 2024 City Express Media Co., Ltd. 未經授權不得轉載、改作或公開傳輸。
B|本網站新聞內容由記者採訪撰寫，所提供資訊僅供參考，如有錯誤或遺漏，本公司不負任何法律責任；讀者留言為個人意見，不代表本站立場，若有違法或不當內容，本站有權逕行刪除，並保留法律追訴權利。
"""


ZH_TW_101 = """B|玩樂新聞網 GameFun News｜新聞｜評測｜攻略｜電競｜專題｜影音
B|會員登入｜免費註冊｜電子報
B|首頁 › 專題 › 人物專訪
C|【專訪】從車庫到國際獎項　獨立遊戲《霧中燈塔》團隊：「我們只是想做一款自己會玩的遊戲」
B|撰文／許雅婷　攝影／吳承翰
B|2024年4月11日
B|連結已複製
C|三個人、一間租來的舊車庫、兩年半的開發時間。鹿角工作室的首部作品《霧中燈塔》上月拿下海外獨立遊戲展的最佳敘事獎，在 Steam 上也獲得「極度好評」。我們和創辦人周品睿聊了聊這段旅程。
B|贊助內容
B|久坐腰痠背痛怎麼辦？
B|「挺立人體工學椅」四段腰靠自動貼合，久坐8小時依然輕鬆。
B|現在預約門市體驗，享30天在家免費試坐 >>
B|周品睿在工作室內展示《霧中燈塔》的手繪原稿。（圖／鹿角工作室提供）
C|問：先談談團隊怎麼開始的？
C|答：我跟另外兩個夥伴是大學社團認識的。畢業後各自在遊戲公司待了幾年，做的都是手機遊戲的外包，越做越覺得不是自己想要的東西。2021年底有一天吃宵夜，有人說「不然我們自己做一款看看」，就這樣開始了。
C|問：為什麼選擇燈塔這個題材？
C|答：我外公以前是燈塔看守員。小時候去過一次，印象很深，整晚都聽得到海浪和霧笛。遊戲裡主角一邊維修燈塔、一邊整理前任看守員留下的日記，很多細節其實是從外公的故事裡來的。
C|問：開發過程中最困難的是什麼？
C|答：錢。（笑）我們第一年幾乎沒有收入，靠接外包撐著。第二年申請到文化補助，才比較能專心開發。技術上最難的是霧的效果，我們重寫了三次，才做出那種「看得到又看不清楚」的感覺。
B|延伸閱讀：台灣獨立遊戲出海　三成營收來自海外玩家
C|問：得獎之後有什麼改變？
C|答：最直接的是有發行商來接洽，但我們還在考慮。得獎當然很開心，可是我們更在意玩家的回饋。有一位玩家寫信說，他玩完之後打電話給很久沒聯絡的爺爺，那封信我們印出來貼在牆上。
C|評審團的得獎評語是這樣寫的：
C|"A quiet, patient game about memory and the people who keep the lights on."
C|問：對想投入獨立遊戲的年輕人，有什麼建議？
C|答：先把一個很小的東西做完。很多人一開始就想做大作，結果永遠做不完。做完、放上網路、讓別人玩，這比什麼都重要。
C|「做完，比做大更重要。」
C|鹿角工作室目前正在規劃《霧中燈塔》的主機版本，預計明年推出，同時也著手準備第二款作品。
B|本文經《島嶼週刊》授權轉載，原文刊載於第1187期，未經同意請勿轉載。
B|參考資料
B|作者簡介：許雅婷，島嶼週刊文化線記者，長期關注台灣獨立創作、出版與遊戲產業，曾獲多項新聞獎項，著有《在小房間裡做大夢》一書，現居台北，喜歡在深夜玩解謎遊戲。
B|相關新聞
B|《霧中燈塔》開發者日誌：霧的三種做法
B|獨立遊戲展台灣館　12款作品參展
B|Steam 夏季特賣開跑　本土獨立遊戲最低三折
B|熱門攻略
B|・《霧中燈塔》全日記收集位置與結局條件
B|・《星海指揮官》第五季天梯強勢陣容
B|・《貓咪茶屋》高分料理配方一覽
B|・《劍與餘燼》Boss「灰燼騎士」打法解析
B|編輯推薦
B|33歲工程師轉行開麵包店　半年後他說後悔了嗎 這款國民零食竟然停產？網友崩潰 研究：每天走這個步數最長壽 她把老公寓改成夢幻小屋　只花了20萬
B|分享　Facebook　LINE　複製連結
B|關於我們｜廣告合作｜隱私權政策｜聯絡我們
B|© 2024 玩樂新聞網 GameFun News. All rights reserved.
"""


JA_100 = """B|ジョブポケット｜求人検索
B|ログイン新規会員登録お気に入り閲覧履歴企業の方へ
B|トップ ＞ 北海道 ＞ 札幌市 ＞ ITエンジニア ＞ 求人詳細
C|【正社員】社内SE（ヘルプデスク・インフラ担当）／未経験歓迎・年間休日125日
C|株式会社ノースリーフ物流
B|掲載期間：2024/06/03～2024/07/01
B|URLをコピーしました
C|札幌市内に本社を置く物流会社で、約300名の社員が使うパソコンやネットワークを支える社内SEを募集します。IT部門は現在4名。未経験の方も先輩の指導のもとで一から学べる環境です。
B|PR
B|＼転職活動の前に／
B|英語力を上げるなら「ペラトーク」。
B|1日15分のオンライン英会話で、面接でも使える実践フレーズが身につきます。
B|今なら7日間の無料体験受付中！
B|目次
B|1. 仕事内容
B|2. 応募資格
B|3. 募集要項
B|4. 選考の流れ
C|仕事内容
C|社員からの問い合わせ対応（パソコンの不具合、アカウント管理など）
C|社内ネットワーク・サーバーの運用監視
C|新しく入社する社員のPCセットアップ
C|物流倉庫で使うハンディ端末の管理
C|入社後1か月は先輩社員とペアで業務を行い、問い合わせの多い内容から順に覚えていただきます。
B|オフィスの様子（写真はイメージ）
C|応募資格
C|必須：基本的なパソコン操作ができる方
C|歓迎：ITパスポート、基本情報技術者などの資格をお持ちの方
C|歓迎：ヘルプデスクやサポート業務の経験がある方
C|募集要項
C|項目 | 内容
C|雇用形態 | 正社員（試用期間3か月・条件変更なし）
C|給与 | 月給22万円～30万円（経験・能力を考慮）
C|勤務地 | 北海道札幌市東区（地下鉄東区役所前駅 徒歩5分）
C|勤務時間 | 9:00～18:00（休憩60分）
C|休日 | 土日祝、年末年始、夏季休暇（年間休日125日）
C|福利厚生 | 社会保険完備、交通費全額支給、資格取得支援制度
C|選考の流れ
C|応募 → 書類選考 → 面接（1～2回）→ 内定
C|応募から内定までは2～3週間程度を予定しています。
C|担当者からのメッセージ
C|「ITは物流を止めないための縁の下の力持ちです。わからないことは何でも聞いてください。一緒に成長していきましょう。」（情報システム課 課長・佐々木）
B|※本求人情報は、求人サイト「はたらくナビ」に掲載されている内容を転載しています。掲載内容は変更されている場合がありますので、最新の募集状況や条件は必ず掲載元の求人ページでご確認ください。
B|この求人に応募する
B|気になるリストに追加
B|この求人を見た人はこんな求人も見ています
B|【札幌】インフラエンジニア／リモート週2日可
B|【江別】倉庫管理スタッフ（正社員登用あり）
B|【札幌】ITサポート（契約社員）土日休み
B|【小樽】物流センターの事務スタッフ
B|おすすめ記事（PR）
B|・「星詠みのアルカディア」リセマラ当たりランキング
B|・「モンスター牧場R」序盤の金策おすすめ3選
B|・「ネオ東京レーサーズ」全コース攻略チャート
B|年収が上がる人が必ずやっている3つの習慣 40代で未経験転職、成功した人の共通点とは 知らないと損する退職金の受け取り方 面接で「最後に質問は？」と聞かれたら
B|会社概要｜利用規約｜プライバシーポリシー｜お問い合わせ
B|© 2024 JobPocket Inc.
"""


JA_101 = """B|TechNote　トレンド　質問　イベント　ログイン　新規登録
B|ホーム ＞ ドキュメント ＞ kumo-cli ＞ 設定ファイル
C|kumo-cli 設定ファイル（kumo.toml）リファレンス
B|更新日：2024年5月20日　閲覧数 3,412
B|URLをコピーしました
C|kumo-cli は、ローカルのフォルダーとクラウドストレージを同期するためのコマンドラインツールです。このページでは、動作を細かく制御するための設定ファイル kumo.toml の書き方を説明します。
B|PR
B|チームのファイル共有、まだメール添付ですか？
B|「ドキュポート」なら、大容量ファイルもリンク一つで安全に共有。
B|導入企業3,000社突破。まずは14日間の無料トライアルから。
B|目次
B|設定ファイルの場所
B|基本的な書き方
B|除外パターン
B|よくあるエラー
C|設定ファイルの場所
C|kumo-cli は起動時に、次の順番で設定ファイルを探します。最初に見つかったファイルだけが読み込まれます。
C|環境変数 KUMO_CONFIG で指定したパス
C|カレントディレクトリの ./kumo.toml
C|ホームディレクトリの ~/.config/kumo/kumo.toml
C|基本的な書き方
C|最小限の設定例は次のとおりです。
C|[remote]
C|provider = "s3"
C|bucket = "my-backup"
C|region = "ap-northeast-1"
C|[sync]
C|local_dir = "~/Documents"
C|interval = "10m"
C|delete = false
C|delete を true にすると、ローカルで削除したファイルがリモートからも削除されます。誤って消してしまうことを防ぐため、初期値は false になっています。
C|主な設定項目
C|キー | 型 | 初期値 | 説明
C|sync.interval | 文字列 | "5m" | 同期を実行する間隔
C|sync.delete | 真偽値 | false | 削除を同期するかどうか
C|sync.max_size | 文字列 | "2GB" | これより大きいファイルは同期しない
C|log.level | 文字列 | "info" | ログの出力レベル（debug / info / warn / error）
B|図1：kumo status コマンドの実行結果（画面はイメージです）
C|除外パターン
C|同期したくないファイルは exclude に glob 形式で指定します。
C|[sync]
C|exclude = ["*.tmp", ".DS_Store", "node_modules/**"]
C|設定を変更したら、次のコマンドで書式を確認できます。
C|$ kumo config check
C|OK: ~/.config/kumo/kumo.toml (2 sections, 8 keys)
C|よくあるエラー
C|Error: unknown key "sync.intervel"
C|キー名のつづりが間違っています。上の表で正しいキー名を確認してください。
C|注意：設定ファイルにアクセスキーを直接書くことはおすすめしません。認証情報は kumo auth login で登録してください。
B|この記事は kumo-cli 公式英語ドキュメント（MIT License）を翻訳し、許可を得て転載したものです。
B|参考文献
B|このページは役に立ちましたか？　はい　いいえ
B|GitHub で編集を提案する
B|前へ：インストール　　次へ：認証の設定
B|タグ：CLI クラウド 同期 設定
B|トレンド記事
B|・「ギルドクエスト・オンライン」新職業の最強ビルド解説
B|・「パズル島の冒険」ステージ120攻略
B|・「銀河農園」効率のいい作物ランキング
B|エンジニアの平均年収、ついに逆転？最新調査 この拡張機能を入れるだけで作業効率が倍に 新人が最初に覚えるべきショートカット10選 なぜあのサービスは3日で落ちたのか
B|運営会社｜利用規約｜プライバシー｜ヘルプ
B|© 2024 TechNote
"""


EN_100 = """B|The Lakeshore Ledger
B|NewsSportsBusinessOpinionLifeObituariese-EditionSubscribeSign in
B|Home / Sports / Running
C|Lakeshore Marathon 2024 live: record heat, a course record and 11,000 finishers
B|By Ledger Sports Staff
B|Updated 2:48 p.m. CDT, Oct. 6, 2024
B|Link copied
C|Follow along for live updates from the 42nd Lakeshore Marathon, where unusually warm weather has organizers urging runners to be cautious.
B|Advertisement
B|Training for your next race? StrideLab's adaptive running plans adjust to your pace, sleep and heart rate every single day, so you show up to the start line ready. Start your 30-day free trial today, no credit card required.
C|Key points
C|Temperatures reached 81°F by noon, the warmest race day in the event's history
C|Joseph Kiprono set a men's course record of 2:08:41
C|Organizers switched the event alert level to red at 11:15 a.m.
C|2:40 p.m.
C|The finish line officially closes at 3 p.m. Race director Maria Delgado says about 11,000 runners have crossed so far, roughly 400 fewer than last year.
C|1:55 p.m.
C|Medical tents have treated 212 runners, mostly for heat exhaustion. "That's higher than normal, but everyone has been stable," said Dr. Alan Whitfield, the race's medical director.
B|Runners cool off under a misting station near mile 20 on Shoreline Drive. (Photo: Dana Ruiz / The Lakeshore Ledger)
C|12:30 p.m.
C|Local favorite Priya Natarajan finished ninth among women in 2:41:07, a personal best. "I just kept telling myself, one more water stop," she said.
B|Read also: Lakeshore Marathon road closures: what to know for Sunday
C|11:15 a.m.
C|Organizers have raised the event alert level to red. Runners are being told to slow down, walk if needed and use every cooling station.
C|10:21 a.m.
C|Course record! Kiprono breaks the tape in 2:08:41, beating the previous mark by 37 seconds.
C|Top finishers
C|Place | Men | Time | Women | Time
C|1 | Joseph Kiprono | 2:08:41 | Helen Abebe | 2:26:10
C|2 | Tomás Reyes | 2:10:02 | Claire Whitmore | 2:27:55
C|3 | Daniel Osei | 2:11:30 | Sara Lindqvist | 2:29:14
C|7:30 a.m.
C|And they're off. The wheelchair division started at 7:20, followed by the elite field and the first corral.
C|6:45 a.m.
C|It's already 68°F at the start line in Harbor Park. Volunteers are handing out extra water and ice at every station.
B|Get the Ledger Sports newsletter
B|Scores, stories and analysis delivered to your inbox every weekday morning.
B|Enter your email
B|Sign up
B|Tags: Lakeshore Marathon, running, heat, Harbor Park
B|Share: Facebook X Email
B|More from Sports
B|Lakeshore FC clinches playoff spot with late winner
B|High school football: Week 6 scores and highlights
B|Photos: The best costumes from the Lakeshore Marathon
B|Three takeaways from the Otters' preseason opener
B|Marathon training tips from a sports doctor
B|Comments (48)
B|Sign in to join the conversation
B|Show comments
B|Contact Us | Advertise | Privacy Policy | Terms of Service | Accessibility
B|© 2024 The Lakeshore Ledger. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed without permission. Use of this site constitutes acceptance of our User Agreement, Privacy Policy and Cookie Statement.
"""


EN_101 = """B|Nestfinder
B|BuyRentSellMortgageFind an AgentSaved HomesSign in
B|Home / Oregon / Cedar Falls / 97123 / 418 Willow Bend Rd
C|418 Willow Bend Road, Cedar Falls, OR 97123
C|$549,000
C|3 beds · 2 baths · 1,860 sq ft
B|Active · Listed 6 days ago · 412 views · 28 saves
B|Save  Share  Schedule a tour
B|Photo 1 of 32: Front exterior with covered porch
C|About this home
C|Tucked at the end of a quiet cul-de-sac, this 1978 single-level home has been thoughtfully updated while keeping its original cedar beams and wood-burning fireplace. The open kitchen was remodeled in 2021 with quartz counters, a gas range and a walk-in pantry.
C|The primary suite opens onto a back deck overlooking a fully fenced quarter-acre yard with raised garden beds and two mature apple trees. A detached workshop with power is ready for hobbies or extra storage.
B|Sponsored
B|Thinking about buying? Get pre-approved in minutes with Keystone Home Loans. Rates as low as 6.1% APR for qualified buyers. Check your rate today; it won't affect your credit score.
C|Highlights
C|New roof (2022)
C|Heat pump with A/C
C|Walk-in pantry
C|Detached 300 sq ft workshop
C|Walking distance to Maple Creek Elementary
C|Facts and features
C|Feature | Details
C|Property type | Single-family
C|Year built | 1978
C|Lot size | 0.26 acres
C|Parking | 2-car attached garage
C|Heating | Heat pump, wood-burning fireplace
C|HOA | None
C|Property tax (2023) | $4,812
C|Open house: Saturday, June 15, 1–3 p.m.
B|Estimated monthly payment: $3,482
B|Principal & interest · Property taxes · Home insurance · Customize calculation
B|Nearby schools
B|Maple Creek Elementary · 7/10 · 0.4 mi
B|Cedar Falls Middle School · 6/10 · 1.8 mi
B|Listing agent
B|Renee Calloway, Calloway & Finch Realty
B|Renee has helped families buy and sell homes across the valley for more than 15 years. A lifelong Cedar Falls resident, she serves on the board of the local food bank and coaches youth soccer on weekends. Call or text her any time at (503) 555-0148.
B|Contact agent
B|Listing information is deemed reliable but not guaranteed. All measurements and square footage are approximate and should be independently verified. Nestfinder is not responsible for errors, omissions or changes in price, availability or other details. Equal Housing Opportunity.
B|Similar homes nearby
B|$525,000 · 3 bd · 2 ba · 1,720 sq ft · 77 Orchard Ln
B|$579,900 · 4 bd · 2.5 ba · 2,140 sq ft · 1302 Alder St
B|$498,000 · 3 bd · 1.5 ba · 1,540 sq ft · 9 Sunridge Ct
B|$615,000 · 4 bd · 3 ba · 2,380 sq ft · 225 Fern Hollow Dr
B|$539,000 · 3 bd · 2 ba · 1,800 sq ft · 48 Quail Run
B|Homes for sale in Cedar Falls · Cedar Falls real estate market trends · Open houses near you
B|About · Careers · Help · Privacy · Terms · Do Not Sell My Personal Information
B|© 2024 Nestfinder, Inc. All rights reserved.
"""


KO_110 = """B|로그인 | 회원가입 | 아이디/비밀번호 찾기
B|모두의살림터
B|홈커뮤니티자유게시판살림노하우질문과답변장터이벤트
B|전체메뉴
B|커뮤니티 > 질문과답변 > 생활가전
B|글쓰기
B|목록
C|드럼세탁기에서 쿰쿰한 냄새가 계속 나요. 고무패킹 교체해야 할까요?
B|물방울토끼 | 2024.03.12 21:47 | 조회 1,284 | 추천 7
C|이사 오면서 전 집주인이 두고 간 드럼세탁기를 4년째 쓰고 있습니다. 두 달 전부터 빨래를 꺼내면 걸레 냄새 비슷한 게 나고, 문 쪽 고무패킹 아래쪽에 검은 점들이 생겼어요.
C|지금까지 해본 것은 이렇습니다.
C|통세척 코스 2회 (시중 세탁조 클리너 사용)
C|세제 투입구 분리해서 솔로 닦기
C|빨래 끝나면 문 열어두기
C|그래도 냄새가 다시 올라와요. 패킹을 통째로 바꿔야 하는 건지, 아니면 배수 필터 쪽 문제인지 궁금합니다. 서비스센터 출장비가 꽤 나온다고 해서 먼저 여쭤봅니다.
B|추천 7 | 비추천 0 | 스크랩 | 신고
B|이 게시물을 공유하기: 카카오톡 | 페이스북 | 링크 복사
B|AD
B|[광고] 세탁기 분해청소 전문 클린홈케어 — 첫 방문 고객 20% 할인, 전국 당일 예약 가능, 고온 스팀 살균과 드럼 분리 세척까지 한 번에 해결해 드립니다. 지금 카카오톡 채널 추가하고 쿠폰 받아 가세요!
B|댓글 5
B|등록순 | 최신순 | 추천순
B|살림9단엄마 | 2024.03.12 22:03
C|배수 필터부터 열어보세요. 보통 세탁기 앞면 오른쪽 아래 작은 뚜껑 안에 있는데, 저희 집은 거기서 머리끈이랑 동전, 시커먼 찌꺼기가 한 움큼 나왔어요. 필터 청소하고 냄새 90%는 잡혔습니다.
B|답글 | 추천 12
B|└ 물방울토끼 | 2024.03.12 22:10
C|헉 그런 데가 있는지도 몰랐어요. 내일 아침에 바로 열어볼게요!
B|답글 | 추천 1
B|공구덕후 | 2024.03.13 08:31
C|패킹 검은 점은 곰팡이가 고무 안쪽까지 파고든 거라 락스로 닦아도 완전히는 안 빠집니다. 냄새가 필터 청소 후에도 남으면 그때 패킹 교체 고려하세요. 모델명으로 검색하면 부품만 2~4만 원대에 구할 수 있고, 클램프 두 개 풀면 혼자서도 30분이면 갈아요.
C|주의할 점
C|전원 코드 뽑고 수도 잠그기
C|패킹 안쪽 클램프 스프링 튀지 않게 드라이버로 천천히
C|새 패킹의 배수 구멍 위치를 기존과 맞추기
B|답글 | 추천 9
B|초보자취생 | 2024.03.13 11:15
C|세제를 너무 많이 넣어도 찌꺼기가 남아서 냄새 난대요. 드럼은 권장량의 절반만 넣어도 충분하다고 들었어요.
B|답글 | 추천 4
B|물방울토끼 | 2024.03.14 19:52
C|후기 남깁니다. 배수 필터 열어보니 양말 한 짝이 끼어 있었어요… 청소하고 통세척 한 번 더 돌렸더니 냄새 거의 없어졌습니다. 패킹은 일단 락스 희석액으로 닦고 지켜보려고요. 다들 감사합니다!
B|답글 | 추천 6
B|댓글을 작성하려면 로그인이 필요합니다.
B|등록
B|이 게시판 인기글
B|전기요금 폭탄 맞고 알게 된 대기전력 차단 꿀팁
B|제습기 vs 에어컨 제습모드, 한 달 써본 비교
B|식기세척기 린스 대신 구연산 써도 되나요?
B|로봇청소기 먼지통 냄새 잡는 법 정리
B|오래된 냉장고 고무패킹 직접 교체 후기 (사진 많음)
B|이전글 | 다음글
B|회사소개 | 이용약관 | 개인정보처리방침 | 청소년보호정책 | 광고문의
B|모두의살림터에 게시된 글의 저작권은 작성자에게 있으며, 무단 전재 및 재배포를 금합니다. 게시물로 인한 법적 책임은 작성자 본인에게 있습니다.
B|Copyright © 모두의살림터. All rights reserved.
"""


DE_110 = """B|Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten. Mit „Alle akzeptieren“ stimmen Sie der Verwendung zu. Details finden Sie in unserer Datenschutzerklärung.
B|Alle akzeptieren | Nur notwendige | Einstellungen
B|Kostenloser Versand ab 49 € | 30 Tage Rückgaberecht | Kauf auf Rechnung
B|Gipfelwerk Outdoor
B|Suchbegriff eingeben …
B|Mein Konto | Merkzettel | Warenkorb (0)
B|DamenHerrenKinderRucksäckeZelteSchlafsäckeSaleMarken
B|Startseite > Rucksäcke > Wanderrucksäcke > 20–35 Liter
C|Gipfelwerk Trailfux 28 Wanderrucksack
B|Artikelnr.: GW-TF28-OLV
B|★★★★☆ 4,4 (63 Bewertungen)
C|119,95 €
B|inkl. MwSt., zzgl. Versandkosten
C|Farbe: Oliv
B|Sofort lieferbar, Lieferzeit 1–3 Werktage
B|In den Warenkorb
B|Auf den Merkzettel
B|Bild 1 von 6: Trailfux 28 in Oliv, Seitenansicht mit Trinkschlauch
C|Produktbeschreibung
C|Der Trailfux 28 ist unser Allrounder für Tagestouren und kurze Hüttenwanderungen. Das belüftete Netzrückensystem hält einen Abstand von rund drei Zentimetern zwischen Rücken und Packsack, sodass auch bei längeren Anstiegen weniger Schweiß entsteht.
C|Über den umlaufenden Reißverschluss lässt sich der Hauptraum wie ein Koffer öffnen. Eine integrierte Regenhülle sitzt im Bodenfach und ist mit einem Griff ausgepackt.
C|Highlights
C|Netzrücken mit verstellbarer Rückenlänge (S–L)
C|Trinksystem-kompatibel bis 3 Liter
C|Stockhalterung für zwei Wanderstöcke
C|Hüftgurttaschen mit Platz für ein Smartphone
B|Anzeige
B|Jetzt Mitglied im Gipfelwerk-Club werden: 10 % Willkommensrabatt auf Ihre nächste Bestellung, exklusive Vorab-Zugänge zu Sale-Aktionen und ein Geburtstagsgutschein jedes Jahr. Die Anmeldung ist kostenlos und jederzeit kündbar.
C|Technische Daten
C|Merkmal | Wert
C|Volumen | 28 l
C|Gewicht | 1.080 g
C|Maße (H × B × T) | 56 × 30 × 22 cm
C|Material | 210D Polyamid, recycelt, PFC-frei imprägniert
C|Rückenlänge | 42–52 cm
C|Regenhülle | ja, integriert
B|Passt dazu: Gipfelwerk Trinkblase 2,5 l – jetzt im Set 10 € sparen
C|Kundenbewertungen
B|Bewertung schreiben
B|Sortieren nach: Neueste | Hilfreichste
C|★★★★★ Perfekt für den Allgäu-Urlaub
B|von Sabine K. am 14.08.2024 | Verifizierter Kauf
C|Eine Woche lang jeden Tag getragen, auch bei 30 Grad. Der Rücken bleibt wirklich deutlich trockener als bei meinem alten Rucksack. Die Regenhülle hat uns am Nebelhorn gerettet.
B|12 Personen fanden das hilfreich | Hilfreich | Melden
C|★★★★☆ Gut, aber Hüftgurt etwas kurz
B|von Thomas R. am 02.07.2024 | Verifizierter Kauf
C|Verarbeitung top, viele durchdachte Fächer. Bei meinem Bauchumfang ist der Hüftgurt aber fast am Anschlag. Wer kräftiger gebaut ist, sollte lieber vorher im Laden probieren.
B|7 Personen fanden das hilfreich | Hilfreich | Melden
C|★★★☆☆ Trinkschlauch-Öffnung zu eng
B|von M. Öztürk am 19.05.2024
C|Der Schlauch meiner Trinkblase mit Schnellverschluss passt nur mit Gefummel durch die Öffnung. Sonst solider Rucksack.
B|Alle 63 Bewertungen anzeigen
B|Das könnte Sie auch interessieren
B|Gipfelwerk Trailfux 22 – 99,95 €
B|Gipfelwerk Alpinist 38+5 – 159,00 €
B|Bergsicht Daypack 25 Recycled – 84,90 €
B|Gipfelwerk Trinkblase 2,5 l – 24,95 €
B|Newsletter abonnieren und 5 € Gutschein sichern
B|Ihre E-Mail-Adresse | Anmelden
B|Impressum | Datenschutz | AGB | Widerrufsbelehrung | Versand & Zahlung | Kontakt
B|Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten und ggf. Nachnahmegebühren, wenn nicht anders beschrieben. Durchgestrichene Preise entsprechen dem bisherigen Preis bei Gipfelwerk Outdoor.
B|© 2024 Gipfelwerk Outdoor GmbH
"""


FR_110 = """B|Nous respectons votre vie privée. Avec votre accord, nous et nos 142 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l'audience et de vous proposer des publicités personnalisées.
B|Accepter et fermer | Continuer sans accepter | Paramétrer mes choix
B|La Marmite de Margaux
B|Se connecter | Créer un compte
B|AccueilRecettesEntréesPlatsDessertsDe saisonVidéosMagazine
B|Accueil > Recettes > Plats > Plats mijotés
C|Poulet à la moutarde à l'ancienne et aux champignons
B|Par Margaux Delhomme | Publié le 8 octobre 2024
B|★★★★★ 4,8/5 (214 avis)
B|Imprimer | Ajouter à mes favoris | Partager
C|Un plat de grand-mère qui tient au corps, parfait pour les premiers dimanches frais d'automne. La moutarde à l'ancienne apporte du relief sans piquer, et la crème adoucit le tout.
C|Préparation : 20 min
C|Cuisson : 45 min
C|Difficulté : facile
C|Coût : bon marché
C|Pour 4 personnes
B|Photo : © La Marmite de Margaux
C|Ingrédients
C|4 cuisses de poulet
C|3 cuillères à soupe de moutarde à l'ancienne
C|250 g de champignons de Paris
C|2 échalotes
C|15 cl de vin blanc sec
C|20 cl de crème fraîche épaisse
C|1 cuillère à soupe d'huile d'olive
C|quelques branches de thym
C|sel, poivre
B|Publicité
B|Découvrez la nouvelle cocotte en fonte émaillée Maison Brunel, fabriquée en France : une diffusion homogène de la chaleur pour des mijotés fondants, compatible tous feux dont induction. Offre de lancement -25 % jusqu'au 31 octobre, livraison offerte.
C|Préparation
C|Étape 1
C|Salez et poivrez les cuisses de poulet. Faites-les dorer côté peau dans l'huile d'olive, dans une cocotte à feu vif, pendant 6 à 8 minutes. Retournez-les et laissez colorer encore 3 minutes, puis réservez.
C|Étape 2
C|Dans la même cocotte, faites fondre les échalotes émincées et les champignons coupés en quartiers. Déglacez avec le vin blanc en grattant bien les sucs au fond.
B|À lire aussi : Nos 12 meilleures recettes de blanquette pour l'hiver
C|Étape 3
C|Hors du feu, incorporez la moutarde et la crème. Remettez le poulet, ajoutez le thym, couvrez et laissez mijoter 35 minutes à feu doux.
C|Étape 4
C|Retirez le couvercle les 10 dernières minutes pour que la sauce nappe la cuillère. Servez avec des tagliatelles fraîches ou un riz pilaf.
C|L'astuce de Margaux
C|Ne faites jamais bouillir la sauce après avoir ajouté la moutarde : elle deviendrait amère et la crème risquerait de trancher.
B|Mots-clés : poulet, moutarde, automne, plat mijoté, cuisine familiale
B|Partager sur Facebook | Pinterest | WhatsApp | Envoyer par e-mail
B|Recevez chaque semaine nos recettes de saison dans votre boîte mail.
B|Votre adresse e-mail | Je m'inscris
B|Vous aimerez aussi
B|Blanquette de veau à l'ancienne
B|Lapin à la moutarde au four
B|Poulet basquaise facile
B|Sauté de porc aux pommes et au cidre
B|Gratin de champignons au comté
B|Commentaires (38)
B|Laisser un commentaire
B|Vous devez être connecté pour publier un commentaire.
B|Mentions légales | Politique de confidentialité | Gestion des cookies | Contact | Plan du site
B|© 2024 La Marmite de Margaux – Tous droits réservés. Reproduction interdite sans autorisation écrite.
"""


ES_110 = """B|Este sitio web utiliza cookies propias y de terceros para fines técnicos y analíticos. Puede aceptarlas, rechazarlas o configurar su uso pulsando los botones correspondientes.
B|Aceptar todas | Rechazar | Configurar
B|Ir al contenido principal
B|Ayuntamiento de Villarreal del Campo
B|Sede electrónica | Perfil del contratante | Portal de transparencia | Contacto
B|Castellano | Valencià
B|El AyuntamientoÁreas municipalesTrámitesActualidadTurismoParticipación
B|Usted está aquí: Inicio > Actualidad > Avisos y anuncios
C|Abierto el plazo de solicitud de las ayudas municipales para la instalación de autoconsumo solar en viviendas 2025
B|Publicado: 03/02/2025 | Área de Medio Ambiente
B|Imprimir | Compartir | Descargar en PDF
C|El Ayuntamiento de Villarreal del Campo informa de que, tras la publicación del extracto de la convocatoria en el Boletín Oficial de la Provincia, queda abierto el plazo para solicitar subvenciones destinadas a la instalación de paneles fotovoltaicos para autoconsumo en viviendas del término municipal.
C|La dotación total asciende a 180.000 euros. La ayuda cubrirá hasta el 40 % del coste subvencionable, con un máximo de 2.500 euros por vivienda unifamiliar y de 12.000 euros por comunidad de propietarios.
C|Personas beneficiarias
C|Podrán solicitar la ayuda las personas físicas propietarias o usufructuarias de la vivienda y las comunidades de propietarios, siempre que cumplan los siguientes requisitos:
C|Estar empadronadas en el municipio con al menos un año de antigüedad
C|Estar al corriente de las obligaciones tributarias con el Ayuntamiento
C|Que la instalación no se haya iniciado antes de la fecha de solicitud
C|Disponer de la licencia o declaración responsable de obra correspondiente
B|Foto: Instalación fotovoltaica en el tejado del polideportivo municipal. Archivo municipal
C|Plazos
C|Fase | Fecha de inicio | Fecha de fin
C|Presentación de solicitudes | 04/02/2025 | 04/04/2025
C|Subsanación de documentación | 07/04/2025 | 21/04/2025
C|Resolución provisional | mayo de 2025 | —
C|Justificación de la inversión | — | 30/11/2025
C|Cómo solicitarla
C|Las solicitudes se presentarán preferentemente a través de la Sede electrónica, en el trámite «Subvenciones de Medio Ambiente». Las personas físicas que no dispongan de certificado digital podrán hacerlo de forma presencial en la Oficina de Atención Ciudadana, con cita previa.
C|Documentación necesaria: presupuesto detallado de la instalación, referencia catastral del inmueble y certificado de titularidad de la cuenta bancaria.
B|Trámite relacionado: Solicitud general de subvenciones (acceso con Cl@ve o certificado digital)
C|Para cualquier duda puede dirigirse al Área de Medio Ambiente en el teléfono 964 000 118 o en el correo medioambiente@villarrealdelcampo.es, de lunes a viernes de 9:00 a 14:00 horas.
B|Documentos adjuntos
B|Bases reguladoras de la convocatoria (PDF, 412 KB)
B|Modelo de solicitud (PDF, 98 KB)
B|Anexo II – Declaración responsable (DOCX, 35 KB)
B|¿Le ha resultado útil esta información? Sí | No
B|Noticias relacionadas
B|Nuevo punto limpio móvil: calendario de recogida por barrios
B|El Ayuntamiento renueva 600 luminarias con tecnología LED
B|Bonificación del IBI para viviendas con instalaciones de energía solar
B|Abiertas las inscripciones para los talleres de huertos urbanos
B|Compartir en: Facebook | X | WhatsApp | Correo electrónico
B|Suscríbase al boletín municipal y reciba las novedades en su correo
B|Plaza Mayor, 1 · 12540 Villarreal del Campo · Tel. 964 000 100 · Horario de atención: lunes a viernes de 9:00 a 14:00
B|Aviso legal | Política de privacidad | Política de cookies | Accesibilidad | Mapa web
B|La información contenida en esta página tiene carácter meramente informativo. En caso de discrepancia, prevalecerá el texto publicado en el Boletín Oficial de la Provincia, único con validez jurídica.
B|© Ayuntamiento de Villarreal del Campo 2025
"""


RU_110 = """B|Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Подробнее
B|Хорошо
B|СпортЛента 24
B|Войти | Регистрация
B|ФутболХоккейБаскетболТеннисБиатлонММАЕщё
B|Главная / Хоккей / Новости
B|18+
C|«Северная звезда» отыгралась с 0:2 и вырвала победу в овертайме у «Уральских волков»
B|Андрей Колесников | 14 ноября 2024, 22:41
B|Поделиться: ВКонтакте | Одноклассники | Telegram
C|В среду в Северогорске «Северная звезда» прервала серию из трёх поражений, обыграв «Уральских волков» со счётом 3:2 в овертайме. Гости вели в два гола после первого периода, но хозяева переломили ход встречи благодаря активности четвёртого звена.
C|Счёт по периодам
C|Команда | 1-й | 2-й | 3-й | ОТ | Итог
C|Северная звезда | 0 | 1 | 1 | 1 | 3
C|Уральские волки | 2 | 0 | 0 | 0 | 2
C|Первый период: гости наказали за ошибки
C|Уже на 4-й минуте Глеб Сафонов воспользовался неудачным выходом из зоны защитников хозяев и точным броском в «девятку» открыл счёт. На 17-й минуте «волки» реализовали большинство: после передачи Ильи Тарасова отличился Марат Галеев.
B|Реклама
B|Фрибет до 10 000 ₽ новым клиентам! Зарегистрируйтесь, подтвердите личность и получите бонус на ставки на хоккей. Предложение ограничено, условия акции на сайте букмекера. Азартные игры могут вызывать зависимость. 18+
C|Второй и третий периоды: камбэк
C|В середине матча главный тренер хозяев Виктор Лаптев перетасовал звенья, и это сработало. Денис Ушаков сократил отставание, добив шайбу после броска от синей линии. За шесть минут до конца основного времени Артём Князев сравнял счёт, переиграв вратаря один на один.
B|Читайте также: Лаптев — о кризисе «Северной звезды»: «Мы перестали играть простой хоккей»
C|Овертайм
C|На 63-й минуте Ушаков оформил дубль: он подобрал отскок у ворот после броска Князева и с близкого расстояния отправил шайбу под перекладину.
B|Фото: Пресс-служба ХК «Северная звезда»
C|Голы
C|0:1 — Сафонов (Кудрин), 03:47
C|0:2 — Галеев (Тарасов, Мельник), 16:12, бол.
C|1:2 — Ушаков (Осипов), 29:55
C|2:2 — Князев (Ушаков), 54:08
C|3:2 — Ушаков (Князев), 62:31, ОТ
C|Броски в створ: 34 — 27
C|Зрители: 5 812
C|«Ребята не опустили руки после первого периода. В раздевалке никто не кричал, мы просто договорились играть через борт и больше бросать», — сказал после игры Виктор Лаптев.
C|Следующий матч «Северная звезда» проведёт в субботу на выезде против «Речного экспресса».
B|Теги: КХЛ, Северная звезда, Уральские волки, хоккей
B|Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о результатах матчей
B|Другие новости
B|«Речной экспресс» продлил контракт с капитаном на три года
B|Вратарь «Уральских волков» пропустит месяц из-за травмы
B|Таблица Восточной конференции после игр 14 ноября
B|Молодёжная сборная объявила состав на турнир в Сочи
B|Лучшие снайперы сезона: кто забивает больше всех
B|Комментарии (27)
B|Чтобы оставить комментарий, войдите или зарегистрируйтесь
B|О проекте | Реклама на сайте | Контакты | Пользовательское соглашение | Политика конфиденциальности
B|Сетевое издание «СпортЛента 24». Свидетельство о регистрации СМИ ЭЛ № ФС 00-00000 выдано Роскомнадзором. При полном или частичном использовании материалов гиперссылка на «СпортЛенту 24» обязательна.
B|© 2024 СпортЛента 24. Все права защищены.
"""


PT_110 = """B|Utilizamos cookies para melhorar sua experiência, personalizar anúncios e analisar o tráfego. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
B|Aceitar | Gerenciar preferências
B|EmpregaJá
B|Para você | Para empresas | Anunciar vaga
B|Entrar | Cadastre-se grátis
B|VagasEmpresasSaláriosCursosBlog de Carreira
B|Início > Vagas > Tecnologia > Campinas - SP
C|Analista de Dados Pleno
C|Laticínios Serra Clara S.A.
C|Campinas - SP | Híbrido (3 dias presenciais)
C|Salário: R$ 7.500 a R$ 9.000
C|Regime: CLT
B|Publicada há 3 dias | 148 candidaturas
B|Candidatar-se | Salvar vaga | Compartilhar
C|Sobre a empresa
C|A Serra Clara é uma cooperativa de laticínios com mais de 40 anos de história, presente em mais de 3 mil pontos de venda no interior paulista e no sul de Minas. Estamos estruturando nossa área de inteligência de dados e buscamos alguém para crescer junto com o time.
C|Responsabilidades
C|Construir e manter painéis de vendas, logística e qualidade no Power BI
C|Escrever consultas SQL e modelar dados no nosso data warehouse
C|Apoiar as áreas comerciais na análise de sazonalidade e precificação
C|Automatizar relatórios hoje feitos manualmente em planilhas
C|Requisitos
C|Ensino superior completo em Estatística, Engenharia, Economia, Computação ou áreas afins
C|Experiência de pelo menos 2 anos com SQL
C|Conhecimento em Python (pandas) para tratamento de dados
C|Boa comunicação para apresentar resultados a gestores não técnicos
C|Diferenciais
C|Vivência no setor de alimentos ou varejo
C|Noções de estatística aplicada a previsão de demanda
B|Publicidade
B|Prepare-se para a entrevista com o curso online "SQL do Zero ao Avançado" da Academia Dados+: mais de 60 horas de aulas práticas, certificado reconhecido e acesso vitalício. Use o cupom EMPREGA20 e ganhe 20% de desconto na matrícula até o fim do mês.
C|Benefícios
C|Vale-refeição de R$ 45 por dia
C|Plano de saúde e odontológico sem coparticipação
C|Participação nos lucros e resultados (PLR)
C|Cesta de produtos Serra Clara todo mês
C|Etapas do processo
C|1. Triagem de currículos
C|2. Teste técnico online (SQL e Python)
C|3. Entrevista com a gestora da área
C|4. Proposta
C|A Serra Clara valoriza a diversidade e incentiva a candidatura de pessoas com deficiência, pessoas negras e mulheres.
B|Candidatar-se a esta vaga
B|Denunciar vaga
B|Dica do EmpregaJá: nunca pague taxas para participar de processos seletivos. Empresas sérias não cobram por entrevistas, testes ou cadastro de currículo.
B|Vagas semelhantes
B|Analista de BI Júnior – Indaiatuba - SP
B|Cientista de Dados – Remoto
B|Analista de Planejamento Comercial – Campinas - SP
B|Engenheiro de Dados Pleno – São Paulo - SP
B|Analista de Inteligência de Mercado – Jundiaí - SP
B|Receba vagas como esta no seu e-mail
B|Criar alerta de vagas
B|Sobre nós | Central de ajuda | Termos de uso | Política de privacidade | Trabalhe conosco
B|© 2024 EmpregaJá Serviços Online Ltda. Todos os direitos reservados. CNPJ 00.000.000/0001-00
"""


VI_110 = """B|Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý | Tìm hiểu thêm
B|Xách Ba Lô Lên Đi
B|Trang chủGiới thiệuMiền BắcMiền TrungMiền NamNước ngoàiKinh nghiệmLiên hệ
B|Tìm kiếm...
B|Trang chủ » Miền Bắc » Sơn La
C|Mộc Châu mùa hoa mận: 3 ngày 2 đêm tự túc bằng xe máy
B|Đăng bởi Linh Nguyễn | 22/01/2025 | 14 bình luận
B|Chia sẻ: Facebook | Zalo | Pinterest
C|Năm nào cũng hứa với bản thân sẽ lên Mộc Châu đúng mùa hoa mận, và cuối cùng tháng Một vừa rồi mình cũng thực hiện được. Chuyến đi ngắn nhưng đủ để mình thấy cả một cao nguyên trắng xoá, uống trà nóng giữa đồi và ăn bê chao đến no căng.
C|Di chuyển từ Hà Nội
C|Quãng đường khoảng 190 km, mình và bạn đi hai xe máy, xuất phát lúc 6 giờ sáng theo quốc lộ 6. Đoạn đèo Thung Khe khá nhiều xe tải nên các bạn nhớ đi chậm, bật đèn khi có sương mù. Nếu không quen đi đường đèo, xe giường nằm từ bến Mỹ Đình mất tầm 5 tiếng, giá khoảng 250.000 đồng.
B|Ảnh: Đồi mận Nà Ka lúc 7 giờ sáng (Linh Nguyễn)
C|Ngày 1: Đồi chè trái tim và thung lũng mận Nà Ka
C|Tới thị trấn khoảng 12 giờ trưa, tụi mình nhận phòng homestay rồi ghé đồi chè trái tim lúc chiều, khi nắng nghiêng nhất. Thung lũng Nà Ka nên đi sáng sớm hôm sau vì lúc đó sương còn đọng trên cánh hoa, chụp ảnh đẹp hơn hẳn.
B|Đọc thêm: Kinh nghiệm phượt Hà Giang mùa hoa tam giác mạch chi tiết nhất
C|Ngày 2: Thác Dải Yếm và rừng thông Bản Áng
C|Thác Dải Yếm mùa khô nước không nhiều nhưng bù lại đường đi dễ. Buổi chiều cả nhóm ra rừng thông Bản Áng cắm võng, mua khoai nướng của mấy bạn nhỏ người Thái bán bên hồ.
B|QUẢNG CÁO
B|Đặt phòng homestay Mộc Châu giá tốt nhất chỉ từ 299k/đêm! Hoàn huỷ miễn phí, thanh toán khi nhận phòng, hơn 500 lựa chọn view đồi chè. Tải ứng dụng ngay để nhận mã giảm 50k cho đơn đầu tiên.
C|Ngày 3: Chợ phiên và đường về
C|Sáng cuối tụi mình ghé chợ để mua mận sấy, chè búp và sữa chua làm quà, sau đó về Hà Nội trước khi trời tối.
C|Chi phí tham khảo cho 1 người
C|Hạng mục | Chi phí
C|Xăng xe (chia đôi) | 150.000đ
C|Homestay 2 đêm | 400.000đ
C|Ăn uống | 600.000đ
C|Vé tham quan | 100.000đ
C|Tổng | khoảng 1.250.000đ
C|Vài lưu ý nhỏ
C|Mang áo ấm, nhiệt độ ban đêm có khi xuống dưới 10 độ
C|Nhiều vườn mận thu phí chụp ảnh từ 20.000 đến 50.000đ
C|Tránh đi đúng dịp Tết vì phòng tăng giá gấp đôi
C|Nếu các bạn có thắc mắc gì về lịch trình thì cứ để lại bình luận nhé, mình sẽ trả lời sớm nhất có thể!
B|Thẻ: Mộc Châu, Sơn La, hoa mận, du lịch tự túc, phượt xe máy
B|Về tác giả: Linh Nguyễn là dân văn phòng ở Hà Nội, mê xê dịch và chụp ảnh phim. Đã đi qua 52 tỉnh thành Việt Nam và đang lên kế hoạch cho chuyến xuyên Việt bằng tàu hoả. Theo dõi Linh trên Instagram để xem thêm ảnh đẹp mỗi tuần.
B|Bài viết liên quan
B|Tà Xùa săn mây: những điều cần biết trước khi đi
B|Lịch trình Sa Pa 2 ngày 1 đêm cho người lần đầu
B|Review 7 homestay đẹp nhất Mộc Châu
B|Mai Châu – Pù Luông: cung đường đẹp nhất mùa lúa chín
B|Ăn gì ở Sơn La? 10 món đặc sản nhất định phải thử
B|14 bình luận
B|Để lại bình luận
B|Tên * | Email * | Trang web
B|Gửi bình luận
B|Đăng ký nhận bản tin để không bỏ lỡ bài viết mới
B|© 2025 Xách Ba Lô Lên Đi. Bản quyền thuộc về tác giả. Vui lòng ghi rõ nguồn khi chia sẻ lại nội dung.
"""


AR_110 = """B|نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية الخاصة بنا.
B|موافق | إدارة التفضيلات
B|English
B|شركة الواحة للمياه والطاقة
B|الرئيسيةمن نحنمشاريعناالاستدامةالمستثمرونالمركز الإعلاميالوظائفاتصل بنا
B|تسجيل الدخول | بوابة الموردين
B|الرئيسية / المركز الإعلامي / البيانات الصحفية
B|بيان صحفي
C|«الواحة للمياه والطاقة» تبدأ تشغيل محطة تحلية تعمل بالطاقة الشمسية بطاقة 60 ألف متر مكعب يومياً
B|9 رمضان 1446 هـ الموافق 9 مارس 2025
B|مشاركة: فيسبوك | إكس | لينكدإن | واتساب | نسخ الرابط
C|الرمال الشرقية – أعلنت شركة الواحة للمياه والطاقة اليوم عن بدء التشغيل التجاري لمحطة «نسيم» لتحلية مياه البحر، وهي أول محطة في المنطقة تعتمد على الطاقة الشمسية لتغطية ما يصل إلى 70% من احتياجاتها من الكهرباء خلال ساعات النهار.
C|وتبلغ الطاقة الإنتاجية للمحطة 60 ألف متر مكعب من المياه المحلاة يومياً، وهو ما يكفي لتلبية احتياجات نحو 250 ألف نسمة، فيما بلغت التكلفة الإجمالية للمشروع 410 ملايين ريال.
B|صورة: جانب من حقل الألواح الشمسية الملحق بمحطة «نسيم» (المصدر: المركز الإعلامي للشركة)
C|أبرز مواصفات المشروع
C|تقنية التناضح العكسي بأغشية عالية الكفاءة
C|حقل شمسي بقدرة 45 ميغاواط
C|خفض الانبعاثات الكربونية بنحو 38 ألف طن سنوياً
C|نسبة توطين في الوظائف التشغيلية تتجاوز 65%
C|وقال المهندس فيصل بن ناصر العتيبي، الرئيس التنفيذي للشركة:
C|«تشغيل محطة نسيم خطوة عملية نحو فصل إنتاج المياه عن استهلاك الوقود الأحفوري. نحن نثبت أن التحلية المستدامة ليست مشروعاً تجريبياً، بل خيار اقتصادي قابل للتوسع».
B|اقرأ أيضاً: الواحة توقّع مذكرة تفاهم لتطوير مختبر أبحاث الأغشية مع إحدى الجامعات المحلية
C|من جانبها، أوضحت الدكتورة ريم الخطيب، مديرة الاستدامة في الشركة، أن المحطة مزودة بنظام لإعادة تدوير المياه المالحة المركّزة يقلل أثرها على البيئة البحرية، مشيرة إلى أن الشركة ستنشر تقريراً سنوياً مستقلاً عن أداء المحطة البيئي.
C|المراحل القادمة
C|المرحلة | الطاقة الإنتاجية | موعد التشغيل المتوقع
C|نسيم 1 | 60 ألف م³/يوم | الربع الأول 2025
C|نسيم 2 | 40 ألف م³/يوم | الربع الثالث 2026
C|نسيم 3 | 50 ألف م³/يوم | 2028
B|إعلان
B|احجز مقعدك الآن في «منتدى المياه والطاقة 2025» بمشاركة أكثر من 120 متحدثاً من 30 دولة، وورش عمل متخصصة في التحلية والطاقة المتجددة والهيدروجين الأخضر. خصم 15% للتسجيل المبكر حتى نهاية الشهر.
C|نبذة عن شركة الواحة للمياه والطاقة
C|تأسست شركة الواحة للمياه والطاقة عام 2009، وهي شركة مساهمة متخصصة في تطوير وتشغيل مشاريع تحلية المياه وإنتاج الكهرباء، وتدير حالياً سبع محطات بطاقة إجمالية تتجاوز 900 ألف متر مكعب يومياً.
C|للتواصل الإعلامي:
C|إدارة الاتصال المؤسسي – media@alwaha-we.example
B|الوسوم: تحلية المياه، الطاقة الشمسية، الاستدامة، محطة نسيم
B|تحميل البيان بصيغة PDF
B|أحدث البيانات الصحفية
B|الواحة تعلن نتائجها المالية للعام 2024 وارتفاع صافي الأرباح 12%
B|تعيين عضوين جديدين في مجلس إدارة الشركة
B|الواحة تحصل على شهادة الأيزو 14001 للإدارة البيئية
B|إطلاق برنامج «مهندسو الغد» لتدريب 200 خريج
B|الواحة ترعى حملة تنظيف الشواطئ للعام الثالث على التوالي
B|اشترك في النشرة البريدية لتصلك آخر أخبار الشركة
B|أدخل بريدك الإلكتروني | اشترك
B|سياسة الخصوصية | الشروط والأحكام | خريطة الموقع | الإبلاغ عن مخالفة
B|تنويه: قد يتضمن هذا البيان إفادات تطلعية تستند إلى التوقعات الحالية للإدارة، وهي عرضة لمخاطر وعوامل عدم يقين قد تؤدي إلى اختلاف النتائج الفعلية اختلافاً جوهرياً عما ورد فيها، ولا تتحمل الشركة أي التزام بتحديث هذه الإفادات.
B|© 2025 شركة الواحة للمياه والطاقة. جميع الحقوق محفوظة.
"""


ZH_CN_120 = """B|问言网
B|首页
B|发现
B|等你来答
B|首页发现等你来答话题广场创作中心消息私信
B|登录/注册
B|话题 › 生活 › 家居园艺
C|绿萝叶子一片片发黄，是浇水太多还是太少？还有救吗？
C|买了不到两个月，放在客厅电视柜旁边，每周浇两次水，最近底下的叶子一片接一片黄，新长出来的叶子也有点发软，是不是快不行了？
B|关注问题
B|写回答
B|邀请回答
B|好问题 128
B|32 个回答
B|默认排序
B|林间小舍
B|园艺爱好者，阳台种了七年花，偶尔写点养护笔记，欢迎私信交流
B|编辑于 2023-11-06 21:14
B|目录
B|一、先看黄在哪里
B|二、浇水的问题
B|三、光照和温度
B|四、急救步骤
C|谢邀。绿萝算是最好养的观叶植物之一，但"好养"不等于"怎么折腾都不死"。叶子发黄的原因大致有四五种，先别急着施肥，对照下面几条看看自己属于哪一种。
B|广告
B|【记账小管家】自动识别账单，月度报表一键生成，告别月底不知道钱花哪儿了的烦恼。新用户限时免费试用30天，现在下载立即体验>>
B|免费试用
C|一、先看黄在哪里
C|如果是底部的老叶子偶尔黄一两片，其余新叶翠绿，这属于正常的新陈代谢，剪掉就好，不用担心。
C|如果是新叶发黄、叶片发软，同时盆土一直是湿的，那八成是浇水过多，根系已经开始闷坏了。
C|如果叶尖和叶缘先焦黄、发干发脆，多半是空气太干或者长期缺水。
B|图为阳台上养护的绿萝盆栽。资料图
C|二、浇水的问题
C|绿萝喜湿但怕涝，很多人每天浇一点，看起来很勤快，其实盆土始终不透气。正确做法是"见干见湿"：
C|手指插进土里两个指节，感觉干了再浇
C|浇就浇透，直到盆底出水
C|托盘里的积水半小时内倒掉
C|冬季室温低于15℃时，浇水间隔拉长到一周以上
C|三、光照和温度
C|绿萝耐阴，但不是不需要光。长期放在没有窗户的卫生间或者柜子顶上，叶片会变小、变黄，节间也会拉长。放在明亮的散射光处最好，避免夏天正午的直晒。
C|温度方面，绿萝最怕冷风。北方冬天开窗通风时，如果冷风正好对着吹，一两天叶子就会出现水渍状的黄斑。
C|四、急救步骤
C|1. 把植株从盆里倒出来，检查根系，白色硬挺的是健康根，褐色软烂的剪掉
C|2. 换上疏松透气的新土，可以用泥炭土加珍珠岩按3:1混合
C|3. 剪掉黄叶，保留健康的茎节
C|4. 放在通风明亮处缓苗一周，期间不施肥
C|如果根已经烂得差不多了，也别灰心，剪几段带气根的健康枝条水培，半个月左右就能长出新根，等于重新开始一盆。
C|最后说一句：绿萝出问题，十有八九是"爱得太用力"。少浇水、多看看，比什么营养液都管用。
B|参考文献
B|著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。
B|发布于 2023-11-06 21:14・IP 属地浙江
B|赞同 2.1 万
B|1,024 条评论
B|分享
B|链接已复制
B|收藏
B|相关问题
B|龟背竹新叶一直不开背是怎么回事？
B|多肉夏天休眠期应该怎么浇水？
B|家里养什么植物能去甲醛？真的有用吗？
B|发财树叶子掉光了还能活吗？
B|租房党适合养哪些不占地方的绿植？
B|热门攻略
B|· 《星穹铁道》新角色培养材料一览
B|· 《王者荣耀》S34赛季打野英雄推荐
B|· 《我的世界》红石电路新手入门
B|· 《蛋仔派对》隐藏关卡全收集攻略
B|震惊！这种水果竟然比药还管用 她辞职去大理开民宿，三年后现状令人唏嘘 90后小伙靠这个副业月入三万 医生提醒：这三种早餐千万别再吃了 网友晒出老家房子，评论区炸了
B|侵权举报 · 网上有害信息举报 · 联系我们 · 用户协议 · 隐私政策
B|© 2024 问言网 京ICP备20240000号
"""


ZH_TW_120 = """B|小鹿吃什麼｜台中美食旅遊日記
B|首頁
B|台中美食
B|台北美食
B|旅遊
B|關於我
B|首頁台中美食台北美食旅遊住宿關於我聯絡合作
B|首頁 › 台中美食 › 西區
C|【台中西區】巷弄裡的六十年老味道「福記麵舖」，一碗麻醬麵就值得專程跑一趟
B|2024-03-18 ｜ 作者：小鹿 ｜ 分類：台中美食
B|文章目錄
B|店家資訊
B|菜單與價位
B|餐點心得
B|總結
C|這次回台中，朋友神祕兮兮地說要帶我去吃一間「連計程車司機都會排隊」的麵店。藏在住宅區的小巷裡，沒有招牌燈箱，只有門口一塊被油煙燻黑的木牌寫著「福記」兩個字。
B|▲福記麵舖的門口相當低調，一不小心就會錯過。（圖／小鹿攝）
B|廣告
B|【雲端記帳App】發票自動歸戶、一鍵匯出報表，小店老闆也能輕鬆記帳！現在下載即享60天免費試用，名額有限，立即申請。
C|店家資訊
C|店名：福記麵舖
C|地址：台中市西區巷弄內（巷口有間洗衣店）
C|營業時間：11:00–14:00、17:00–19:30（週一公休）
C|付款方式：僅收現金
C|菜單與價位
C|品項 | 小 | 大
C|麻醬麵 | 50 | 65
C|餛飩湯 | 45 | 60
C|滷蛋 | 15 | —
C|燙青菜 | 35 | —
C|餐點心得
C|麻醬麵是招牌，麵條是老闆每天早上自己壓的細麵，煮得很Q。麻醬不是那種死鹹的芝麻醬，而是加了花生醬和一點點烏醋調過，香氣很圓潤，拌開以後每一根麵都裹得均勻。
C|我建議一定要加一顆滷蛋，蛋白滷得很入味，蛋黃還帶一點點溏心，跟麻醬一起吃簡直犯規。
B|▲招牌麻醬麵，上桌前老闆會再淋一小匙香油。（圖／小鹿攝）
B|延伸閱讀：台中第五市場周邊早午餐懶人包，在地人推薦的8間
C|餛飩湯也很推薦，餛飩皮薄到能看見裡面的肉餡，湯頭用大骨熬的，清甜不油膩。唯一小缺點是份量有點少，食量大的朋友建議直接點大碗。
C|用餐小提醒
C|中午12點到12點半人潮最多，建議避開
C|店內只有六張桌子，常常需要併桌
C|附近停車不易，建議騎機車或搭公車
C|總結
C|福記麵舖不是什麼網美店，裝潢就是很樸實的老麵館，但那一碗麻醬麵的味道，讓人吃完會默默想著下次回台中要再來。如果你也喜歡這種帶著時間感的小吃，真心推薦。
B|※本文為作者親自消費之真實心得，非業配文。文章內容及照片版權所有，未經授權請勿轉載、重製或改作。
B|標籤：台中美食 西區美食 麻醬麵 老店 平價小吃
B|分享到 Facebook
B|分享到 LINE
B|複製連結
B|你可能也會喜歡
B|【台中北區】一中街必吃的五間銅板美食
B|【台中南屯】隱身住宅區的日式咖哩，週末要等一小時
B|【彰化鹿港】老街散步半日遊，蚵仔煎和麵線糊一次吃
B|【台北大安】深夜也能吃的港式燒臘便當
B|【台中西屯】逢甲夜市新開的炸雞排，真的有比較好吃嗎？
B|熱門文章
B|· 《傳說對決》新手入門英雄推薦懶人包
B|· 《寶可夢GO》社群日色違機率整理
B|· 《集合啦！動物森友會》島嶼規劃靈感分享
B|他每天喝一杯這個，三個月瘦了十公斤 房東突然漲租三成，租屋族該怎麼辦？ 醫師警告：這種睡姿最傷腰 藝人驚爆婚變，本人深夜發文回應
B|發表留言
B|你的電子郵件位址並不會被公開。必要欄位標記為 *
B|發佈留言
B|© 2024 小鹿吃什麼 All Rights Reserved.
"""


JA_120 = """B|メインページ
B|おまかせ表示
B|最近の更新
B|ログイン
B|アカウント作成
B|メインページコミュニティ・ポータル最近の出来事新しいページ最近の更新ヘルプ
B|ページ ノート
B|閲覧 編集 履歴表示
C|鷺ノ沢湖
B|出典: フリー百科事典『ミナペディア』
C|鷺ノ沢湖（さぎのさわこ）は、東北地方の山間部に位置する堰止湖である。周囲約7.4キロメートル、最大水深は約38メートル。湖畔には小規模な温泉地があり、秋の紅葉期には多くの観光客が訪れる。
B|スポンサーリンク
B|【オンライン英会話ミライトーク】1回25分、スマホで今日からレッスン。いまなら無料体験レッスン2回分プレゼント！まずはお気軽にお試しください＞＞
B|無料体験はこちら
B|目次
B|1 地理
B|2 歴史
B|3 生物
B|4 観光
B|5 脚注
B|6 参考文献
B|7 関連項目
C|地理
C|湖は標高約620メートルの盆地にあり、北側の火山から流れ出た溶岩が谷をせき止めて形成されたと考えられている。流入河川は小規模な沢が5本ほどで、流出河川は南端の鷺川のみである。
C|冬季には湖面の大半が結氷し、例年1月下旬から3月上旬まで全面結氷が見られる。
B|湖の南岸から望む鷺ノ沢湖。写真はイメージ
C|歴史
C|湖畔の集落は江戸時代中期から湯治場として知られ、当時の紀行文にも「湖の水清く、鷺多く群れる」との記述が見られる。湖名の由来もこの記述に基づくとする説が有力である[1]。
C|1958年に県道が開通したことで交通の便が改善し、昭和40年代には旅館が10軒以上営業していた。その後は減少し、現在営業しているのは4軒である。
C|生物
C|湖ではヒメマスやイワナが確認されているほか、周辺の湿地にはミズバショウの群落がある。1990年代に外来魚の放流が問題となり、地元の漁業協同組合が駆除活動を継続している。
C|主な生息種
C|ヒメマス
C|イワナ
C|ダイサギ
C|ミズバショウ（湖北岸の湿地）
C|観光
C|湖を一周する遊歩道は約2時間で歩くことができ、途中に展望台が3か所設けられている。夏季には貸しボートの営業があり、冬季にはワカサギ釣りが行われる。
C|交通手段 | 所要時間・備考
C|鉄道＋バス | 最寄り駅から路線バスで約40分
C|自動車 | 高速道路のインターチェンジから約35分
C|冬季 | 県道は冬用タイヤ必須
B|脚注
B|^ 鷺ノ沢町史編纂委員会編『鷺ノ沢町史』第2巻による。
B|参考文献
B|関連項目
B|日本の湖沼一覧
B|堰止湖
B|東北地方の温泉地一覧
B|カテゴリ: 東北地方の湖 | 堰止湖 | 温泉地
B|URLをコピーしました
B|本ページの内容はフリー百科事典『ミナペディア』の記事「鷺ノ沢湖」を転載したものです。
B|人気の攻略記事
B|・「モンスト」最新イベント高難度クエスト攻略まとめ
B|・「ウマ娘」育成おすすめサポートカード一覧
B|・「パズドラ」初心者向けリセマラ当たりランキング
B|【衝撃】年収300万円でも貯金1000万円を達成した夫婦の習慣とは 芸能人の自宅がすごすぎると話題に 医師が教える「絶対に食べてはいけない」朝ごはん 知らないと損する！スマホの設定5選
B|このページの最終更新日時は 2024年2月11日 (日) 08:32 です。
B|テキストはクリエイティブ・コモンズ 表示-継承ライセンスのもとで利用できます。追加の条件が適用される場合があります。詳細は利用規約を参照してください。
B|プライバシー・ポリシー
B|ミナペディアについて
B|免責事項
"""


EN_120 = """B|Riverbend Courier
B|Home
B|News
B|Sports
B|Obituaries
B|Classifieds
B|HomeNewsSportsOpinionObituariesClassifiedsE-Edition
B|Sign In | Subscribe
B|Home > Obituaries > March 2024
C|Margaret Ellen Holloway
C|June 4, 1938 – March 9, 2024
B|Posted March 12, 2024
B|Share this obituary
C|Margaret Ellen "Peggy" Holloway, 85, of Riverbend, passed away peacefully on Saturday, March 9, at Maple Grove Care Center, surrounded by her family.
C|Peggy was born on June 4, 1938, in Cedar Falls to Walter and Ruth (Anders) Kessler, the youngest of five children. She graduated from Cedar Falls High School in 1956 and went on to earn a teaching certificate from State Normal College.
B|Margaret Holloway at her 80th birthday celebration, 2018. Photo courtesy of the family.
C|In 1960 she married Robert "Bob" Holloway, whom she met at a church picnic when he spilled lemonade on her shoes. They settled in Riverbend, where Peggy taught third grade at Lincoln Elementary for 31 years. Generations of students remember her reading corner, her jar of butterscotch candies, and her insistence that every child learn to write a proper thank-you note.
B|Advertisement
B|Planning ahead gives your family peace of mind. Talk to the caring team at Oakhaven Memorial Gardens about pre-arranged services, flexible payment plans and on-site chapel options. Call today for your free planning guide.
C|Outside the classroom, Peggy was a devoted gardener, a fierce pinochle player and a longtime volunteer at the Riverbend Public Library, where she ran the Saturday story hour well into her seventies.
C|She was preceded in death by her husband Bob in 2011, her parents, and her siblings Harold, June, Clara and Frank.
C|She is survived by:
C|Daughter Susan (Mark) Delgado of Des Moines
C|Son Thomas (Linda) Holloway of Riverbend
C|Grandchildren Emily, Jacob, Nora and Sam
C|One great-grandson, Owen
B|Read also: Lincoln Elementary celebrates 100 years with alumni open house
C|Services
C|Visitation: Friday, March 15, 4–7 p.m., Whitfield Funeral Home
C|Funeral: Saturday, March 16, 10:30 a.m., First Methodist Church of Riverbend
C|Burial: Riverside Cemetery, following the service
C|In lieu of flowers, the family asks that memorials be directed to the Riverbend Public Library Children's Fund.
C|"She never met a child she couldn't teach, or a weed she couldn't pull."
C|Arrangements are entrusted to Whitfield Funeral Home.
B|Sign the Guest Book
B|Send Flowers
B|Guest Book (14 entries)
B|Leave a condolence...
B|Post
B|More Obituaries
B|Harold James Brandt, 77, of Millbrook
B|Dorothy Anne Fisk, 91, formerly of Riverbend
B|Leonard "Lenny" Okafor, 64
B|Carol Jean Whitaker, 82
B|Eugene P. Marsh, 88, of Cedar Falls
B|Get the Courier's morning headlines in your inbox.
B|Email address
B|Sign up
B|Obituaries are submitted by families and funeral homes and are published as provided. The Riverbend Courier is not responsible for the accuracy of information submitted and reserves the right to edit submissions for length, style and content. Reproduction of obituaries and photographs without permission is prohibited.
B|Contact Us | Advertise | Privacy Policy | Terms of Use
B|© 2024 Riverbend Courier Media Group. All rights reserved.
"""


ID_120 = """B|AgendaKota
B|Masuk
B|Daftar
B|Beranda Acara Konser Pameran Workshop Kuliner Olahraga
B|Beranda › Acara › Kuliner › Bandung
C|Festival Kopi Lereng 2024: Tiga Hari Merayakan Kopi dari Petani Lokal
B|Diterbitkan oleh Panitia Festival Kopi Lereng
B|Simpan
B|Bagikan
C|Tanggal: Jumat–Minggu, 14–16 Juni 2024
C|Waktu: 10.00–21.00 WIB
C|Lokasi: Lapangan Taman Sari, Bandung
C|Harga tiket: Rp35.000 (harian), Rp90.000 (terusan 3 hari)
C|Tentang Acara
C|Festival Kopi Lereng kembali digelar untuk ketiga kalinya. Tahun ini, lebih dari 60 kedai dan kelompok tani dari Jawa Barat, Aceh, Toraja, hingga Flores akan hadir memperkenalkan biji kopi hasil panen terbaru mereka langsung kepada pengunjung.
C|Berbeda dari tahun sebelumnya, panitia menambah area khusus "Dari Kebun ke Cangkir" tempat pengunjung bisa melihat proses sangrai, menggiling, dan menyeduh kopi secara langsung bersama para petani.
B|Iklan
B|Butuh tempat menginap dekat lokasi? Dapatkan diskon hingga 40% untuk hotel di Bandung hanya di aplikasi PesanInap. Unduh sekarang dan gunakan kode promo JUNI40 saat pembayaran.
C|Jadwal Acara
C|Waktu | Jumat | Sabtu | Minggu
C|10.00 | Pembukaan | Kelas seduh manual | Lomba latte art
C|13.00 | Talkshow petani | Sesi cupping | Talkshow barista
C|16.00 | Pasar kopi | Pasar kopi | Pengumuman pemenang
C|19.00 | Musik akustik | Musik akustik | Penutupan
C|Yang Bisa Kamu Lakukan
C|Mencicipi lebih dari 100 jenis kopi single origin
C|Ikut kelas seduh gratis (kuota terbatas, daftar di lokasi)
C|Membeli biji kopi langsung dari petani
C|Menonton kompetisi latte art tingkat regional
B|Suasana Festival Kopi Lereng tahun lalu. Foto: Dok. Panitia
B|Baca juga: 7 Kedai Kopi Tersembunyi di Bandung yang Wajib Dicoba
C|Informasi Penting
C|Anak di bawah 12 tahun masuk gratis dengan pendamping. Pengunjung disarankan membawa tumbler sendiri karena panitia menerapkan kebijakan pengurangan gelas plastik sekali pakai. Area parkir terbatas, sehingga disarankan menggunakan transportasi umum atau ojek daring.
C|Kontak panitia: info@festivalkopilereng.id
B|Beli Tiket
B|Tambahkan ke Kalender
B|Laporkan acara ini
B|Tag: kopi, festival, kuliner, Bandung, akhir pekan
B|Acara Serupa
B|Pameran Kriya Rotan dan Bambu — Cirebon, 8 Juni 2024
B|Bazar Buku Murah Akhir Pekan — Jakarta, 15 Juni 2024
B|Konser Orkestra Lagu Daerah — Surabaya, 22 Juni 2024
B|Workshop Fotografi Ponsel untuk Pemula — Bandung, 23 Juni 2024
B|Lomba Lari 10K Kota Kembang — Bandung, 30 Juni 2024
B|Dapatkan info acara terbaru setiap minggu langsung di email kamu.
B|Alamat email
B|Langganan
B|Tentang Kami | Pasang Acara | Kebijakan Privasi | Syarat dan Ketentuan | Hubungi Kami
B|AgendaKota tidak bertanggung jawab atas perubahan jadwal, pembatalan, atau informasi yang disampaikan oleh penyelenggara acara. Pastikan untuk memeriksa kembali informasi di kanal resmi penyelenggara sebelum membeli tiket atau menghadiri acara.
B|© 2024 AgendaKota. Hak cipta dilindungi undang-undang.
"""


IT_120 = """B|Vai al contenuto principale
B|Vai al menu di navigazione
B|Vai al footer
B|Ministero dell'Istruzione e del Merito
B|Istituto Comprensivo Statale "Anna Morandi" – Valverde
B|Cerca
B|Accedi all'area personale
B|Scuola Servizi Novità Didattica Albo online Amministrazione trasparente
B|Home / Novità / Circolari
C|Circolare n. 142 – Colloqui scuola-famiglia del secondo quadrimestre
B|Pubblicato il 4 marzo 2024
B|Tempo di lettura: 2 min
C|Ai genitori degli alunni della scuola secondaria di primo grado
C|Ai docenti
C|Al sito web
C|Oggetto: colloqui generali scuola-famiglia – secondo quadrimestre a.s. 2023/2024
C|Si comunica che i colloqui generali con le famiglie si svolgeranno in presenza presso la sede di via dei Tigli secondo il seguente calendario:
C|Data | Classi | Orario
C|Martedì 19 marzo | Prime | 16:30 – 19:00
C|Mercoledì 20 marzo | Seconde | 16:30 – 19:00
C|Giovedì 21 marzo | Terze | 16:00 – 19:00
C|Modalità di prenotazione
C|I genitori dovranno prenotare il colloquio tramite il registro elettronico, nella sezione "Colloqui", a partire da lunedì 11 marzo e fino alle ore 12:00 di venerdì 15 marzo. Ogni colloquio avrà una durata massima di 8 minuti.
C|Si raccomanda la massima puntualità, in modo da non creare ritardi per le famiglie successive.
B|Leggi anche: Circolare n. 139 – Sciopero del comparto scuola dell'8 marzo
C|Indicazioni per le famiglie
C|presentarsi all'ingresso principale con qualche minuto di anticipo
C|non portare con sé gli alunni, salvo casi eccezionali
C|in caso di impossibilità, cancellare la prenotazione dal registro elettronico
C|Per i genitori che non riescono a partecipare nelle date indicate, resta possibile richiedere un colloquio individuale in orario mattutino, secondo l'orario di ricevimento dei docenti pubblicato sul sito.
C|Il Dirigente Scolastico
C|Prof.ssa Elena Castaldi
B|Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993
B|Allegati
B|Circolare_142_colloqui.pdf (245 KB)
B|Scarica
B|Argomenti: Famiglie, Colloqui, Scuola secondaria
B|Condividi: Facebook Twitter WhatsApp
B|Ultimo aggiornamento: 04/03/2024, 12:15
B|Quanto sono chiare le informazioni su questa pagina?
B|★★★★★
B|Circolari correlate
B|Circolare n. 139 – Sciopero del comparto scuola dell'8 marzo
B|Circolare n. 136 – Uscita didattica classi seconde a Ravenna
B|Circolare n. 131 – Iscrizioni ai corsi di certificazione linguistica
B|Circolare n. 128 – Consegna dei documenti di valutazione
B|Circolare n. 125 – Prove di evacuazione
B|Istituto Comprensivo Statale "Anna Morandi"
B|Via dei Tigli 12 – Valverde | C.F. 80012345678 | Cod. mecc. VVIC81200A
B|PEO: vvic81200a@istruzione.it | PEC: vvic81200a@pec.istruzione.it
B|Privacy policy | Note legali | Dichiarazione di accessibilità | Cookie
B|Questo sito utilizza cookie tecnici e, previo consenso, cookie di terze parti per finalità statistiche. Chiudendo questo banner o proseguendo la navigazione acconsenti all'uso dei cookie. Per maggiori informazioni consulta l'informativa estesa.
B|Accetta tutti
B|Rifiuta
"""


TR_120 = """B|Yeşilvadi Enerji
B|Kurumsal
B|Faaliyet Alanları
B|Yatırımcı İlişkileri
B|Basın Odası
B|Kariyer
B|KurumsalFaaliyet AlanlarıSürdürülebilirlikYatırımcı İlişkileriBasın OdasıKariyerİletişim
B|TR | EN
B|Ana Sayfa > Basın Odası > Basın Bültenleri
C|Yeşilvadi Enerji, Konya Ovası'nda 120 MW kapasiteli güneş enerjisi santralini devreye aldı
B|Basın Bülteni | 12 Nisan 2024
C|Santral, yıllık yaklaşık 45 bin hanenin elektrik tüketimine denk üretim yapacak
C|Yenilenebilir enerji alanında faaliyet gösteren Yeşilvadi Enerji A.Ş., Konya Ovası'nda inşa ettiği 120 megavat kurulu güce sahip güneş enerjisi santralini (GES) ticari işletmeye aldı. Yaklaşık 14 ay süren inşaat sürecinin ardından tamamlanan santral, şirketin toplam kurulu gücünü 410 megavata yükseltti.
C|Santralde toplam 215 bin adet çift yüzeyli güneş paneli kullanıldı. Panellerin güneşi takip eden tek eksenli sistemler üzerine yerleştirilmesiyle sabit sistemlere göre yüzde 18'e varan ek üretim sağlanması hedefleniyor.
B|Konya Ovası'ndaki güneş enerjisi santralinden bir görünüm. (Fotoğraf: Yeşilvadi Enerji)
C|"Temiz enerjiye geçişte sorumluluk alıyoruz"
C|Açılış töreninde konuşan Yeşilvadi Enerji Genel Müdürü Selin Arıkan, yatırımın şirketin 2030 hedefleri açısından kritik bir adım olduğunu belirtti:
C|"Bu santral yalnızca kurulu gücümüzü artırmakla kalmıyor; inşaat sürecinde bölgede 600'den fazla kişiye istihdam sağladık, işletme döneminde de yerel ekiplerle çalışmaya devam edeceğiz. Hedefimiz 2030 yılına kadar portföyümüzün tamamını yenilenebilir kaynaklardan oluşturmak."
C|Projeye ilişkin öne çıkan bilgiler
C|Kurulu güç: 120 MWe
C|Yıllık tahmini üretim: 240 GWh
C|Yatırım tutarı: yaklaşık 95 milyon ABD doları
C|Yıllık önlenen karbon salımı: yaklaşık 110 bin ton
B|İlgili haber: Yeşilvadi Enerji 2023 Sürdürülebilirlik Raporu'nu yayımladı
C|Tarım ve güneş bir arada
C|Şirket, santral sahasının bir bölümünde pilot bir "agrivoltaik" uygulama başlattı. Panellerin altında kalan alanlarda yerel çiftçilerle birlikte gölgeye dayanıklı yem bitkileri yetiştirilecek ve elde edilen sonuçlar bölgedeki üniversitelerle paylaşılacak.
C|Yeşilvadi Enerji Hakkında
C|2009 yılında kurulan Yeşilvadi Enerji A.Ş., rüzgar, güneş ve hidroelektrik alanlarında yatırım yapan bağımsız bir elektrik üreticisidir. Şirket, Türkiye genelinde 11 santralde toplam 410 MW kurulu güce sahiptir.
B|Medya İletişim: basin@yesilvadienerji.com.tr | +90 212 000 00 00
B|Bülteni PDF olarak indir
B|Görselleri indir (ZIP, 18 MB)
B|Paylaş: LinkedIn X Facebook E-posta
B|Diğer Basın Bültenleri
B|Yeşilvadi Enerji, Balıkesir rüzgar santralinde kapasite artışına gitti
B|Yeşilvadi Enerji'ye "Yılın Yeşil Yatırımı" ödülü
B|Şirketimiz 2023 yılı finansal sonuçlarını açıkladı
B|Yeşilvadi Enerji'den üniversite öğrencilerine enerji bursu
B|Hidroelektrik santrallerimizde balık geçitleri yenilendi
B|E-bültenimize abone olun, gelişmelerden ilk siz haberdar olun.
B|E-posta adresiniz
B|Abone Ol
B|Bu basın bülteni ileriye dönük ifadeler içerebilir. Bu ifadeler, şirket yönetiminin mevcut beklenti ve varsayımlarına dayanmakta olup gerçekleşecek sonuçlar piyasa koşulları, düzenleyici değişiklikler ve diğer riskler nedeniyle önemli ölçüde farklılık gösterebilir. Yeşilvadi Enerji bu ifadeleri güncelleme yükümlülüğü taşımaz.
B|KVKK Aydınlatma Metni | Çerez Politikası | Site Haritası
B|Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır.
B|Kabul Et
B|© 2024 Yeşilvadi Enerji A.Ş. Tüm hakları saklıdır.
"""


PL_120 = """B|Plecak i Mapa – blog podróżniczy
B|Start
B|Polska
B|Europa
B|Azja
B|Poradniki
B|O mnie
B|StartPolskaEuropaAzjaPoradnikiO mnieWspółpracaKontakt
B|Start » Polska » Bieszczady
C|Bieszczady poza sezonem: trzy dni na szlakach, bez tłumów i bez pośpiechu
B|Opublikowano 22 października 2023 przez Kasia
B|14 komentarzy
C|Od lat słyszałam, że w Bieszczady najlepiej jechać jesienią, ale zawsze coś wypadało. W tym roku w końcu spakowałam plecak, wsiadłam w nocny autobus i po kilku godzinach drzemki obudziłam się wśród mgły i pożółkłych buków.
B|Ten wpis zawiera linki afiliacyjne. Jeśli zarezerwujesz nocleg przez mój link, otrzymam niewielką prowizję, a Ty nie zapłacisz ani złotówki więcej.
C|Dzień 1: rozgrzewka na łagodnym szlaku
C|Pierwszego dnia nie chciałam się forsować, więc wybrałam krótką pętlę od noclegowni przez grzbiet i z powrotem doliną potoku. Około 12 kilometrów, trochę błota i zero ludzi – przez cztery godziny minęłam dokładnie dwie osoby z psem.
B|Poranna mgła nad doliną, widok z pierwszego szlaku. Fot. Plecak i Mapa
C|Dzień 2: połoniny o wschodzie słońca
C|Budzik o 4:30 to nie jest mój ulubiony dźwięk, ale warto było. Na połoninę weszłam jeszcze po ciemku z czołówką, a kiedy słońce wyszło zza grzbietu, cała dolina zrobiła się pomarańczowa. Wiatr był tak silny, że termos z herbatą trzymałam obiema rękami.
B|Czytaj też: Jak spakować plecak na 3 dni w góry – moja lista
C|Dzień 3: wolniej, czyli jezioro i lokalne jedzenie
C|Ostatni dzień przeznaczyłam na odpoczynek. Rowerem z wypożyczalni objechałam fragment brzegu zalewu, a potem trafiłam do małej gospody, gdzie zjadłam najlepsze pierogi z kaszą i bryndzą w życiu.
B|REKLAMA
B|Ubezpieczenie turystyczne w 3 minuty! Polisa online od 4 zł za dzień, bez wychodzenia z domu. Sprawdź ofertę i kup teraz – pierwsze 7 dni ochrony w cenie promocyjnej.
C|Praktyczne informacje
C|Dojazd: nocny autobus z Krakowa lub Warszawy, potem lokalne busy
C|Nocleg: noclegownie i agroturystyki od 60 zł za noc poza sezonem
C|Budżet na 3 dni: ok. 450 zł z dojazdem
C|Najlepszy czas: koniec września – połowa października
C|Co zabrać
C|czołówkę i zapasowe baterie
C|ciepłą czapkę, nawet jeśli w dolinach jest 15 stopni
C|kijki trekkingowe na błotniste zejścia
C|gotówkę – w wielu miejscach nie ma terminala
C|Czy poleciłabym Bieszczady jesienią? Zdecydowanie tak. Trzeba tylko zaakceptować, że pogoda zmienia się co godzinę, a zasięg telefonu bywa luksusem. Dla mnie to był właśnie największy plus.
B|Tagi: Bieszczady, góry, jesień, trekking, Polska
B|Udostępnij: Facebook Pinterest WhatsApp
B|Kasia – autorka bloga Plecak i Mapa. Od dziesięciu lat łączy pracę zdalną z podróżowaniem, odwiedziła ponad 40 krajów, ale i tak najchętniej wraca w polskie góry. Pisze o budżetowych wyjazdach, samotnym podróżowaniu kobiet i o tym, jak nie zgubić się bez zasięgu.
B|Podobne wpisy
B|Tatry Zachodnie dla początkujących – 5 szlaków na start
B|Beskid Niski: cerkwie, cisza i łemkowskie wsie
B|Gdzie na weekend w październiku? 10 pomysłów w Polsce
B|Samotna podróż w góry – jak się przygotować
B|Zakopane bez tłumów – czy to w ogóle możliwe?
B|Dodaj komentarz
B|Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *
B|Opublikuj komentarz
B|Zapisz się do newslettera i dostawaj nowe wpisy raz w miesiącu.
B|Zapisz się
B|© 2023 Plecak i Mapa. Wszystkie prawa zastrzeżone. Kopiowanie treści i zdjęć bez zgody autorki zabronione.
B|Polityka prywatności | Polityka cookies
"""


# Session 17 (see the docstring).
ZH_CN_130 = """B|首页
B|数码
B|评测
B|智能家居
B|登录 | 注册
B|首页 > 评测 > 智能家居
C|洁途S9 Pro扫拖一体机器人评测：基站更聪明了，但避障仍有短板
B|作者：程一舟 2024-05-17 09:32
B|分类：智能家居 / 评测
C|两个月前上市的洁途S9 Pro主打“自清洁基站+热风烘干”，售价3299元。我们在一套九十平方米、养了一只猫的两居室里连续使用了三周，下面是完整体验。
B|广告
B|让每一次会议都有纪要。
B|「听记AI」自动转写、区分说话人、一键生成待办清单，告别手写笔记。
B|现在免费试用，无需绑卡，3分钟即可上手。
B|立即体验 >
B|目录
B|外观与基站
B|清扫表现
B|优点与不足
B|网址已复制！
C|外观与基站
C|主机直径35厘米，高度9.6厘米，比上一代矮了将近一厘米，能钻进大部分沙发底。顶部的激光雷达改为可伸缩结构，遇到低矮家具会自动下沉。
C|基站的体积依然不小，宽43厘米，需要预留出水箱取放的空间。清水箱4升、污水箱3.5升，按我们每天拖一次地的频率，大约五天需要处理一次。
B|图为洁途S9 Pro基站，清水箱位于左侧（评测组拍摄）
C|主要参数
C|项目 | 参数
C|吸力 | 7000Pa
C|电池容量 | 5200mAh
C|续航 | 约180分钟（标准模式）
C|尘盒容量 | 300ml
C|集尘袋容量 | 3L
C|噪音 | 约62dB
C|越障高度 | 2厘米
C|参考价格 | 3299元
C|清扫表现
C|在硬木地板上撒下燕麦、猫砂和米粒，标准模式一遍基本清空，只有墙角残留了少量猫砂。地毯模式下吸力自动提升，长毛地毯上的猫毛也能吸走大部分。
C|拖地方面，旋转拖布在干涸的酱油渍上来回三次才擦干净，日常灰尘问题不大。烘干使用45℃热风，三个小时左右可以完全干透，拖布没有出现异味。
C|避障是这台机器最让人犹豫的地方。它能识别拖鞋和数据线，但两次把猫的逗猫棒卷进了边刷，需要人工取出。
C|“日常维护比我预想的少，但第一次建图前最好把地上的杂物收拾干净。”
C|优点与不足
C|优点：
C|支持自动上下水选配，安装灵活
C|热风烘干效果好，无异味
C|机身矮，能进入沙发底
C|App地图编辑直观
C|不足：
C|对细长物体识别不稳定
C|基站体积偏大
C|集尘袋需要单独购买
C|总结
C|如果你家中以硬质地板为主、希望减少手动洗拖布的次数，S9 Pro值得考虑；如果家里有很多散落的线材或宠物玩具，建议再等等后续固件对避障的改进。
C|评分：8.1/10
B|免责声明：本文评测样机由厂商提供，评测结论仅代表编辑个人使用体验，不构成任何购买建议。文中价格为发稿时电商平台标价，可能随促销活动调整，请以实际页面为准。本站对因使用本文信息产生的任何直接或间接损失不承担责任，如需转载请联系编辑部获得书面授权并注明出处。
B|相关新闻
B|三款千元级洗地机横评：谁的贴边清洁最好
B|智能门锁选购指南：指纹、人脸还是掌静脉
B|空气净化器滤网多久换一次？我们拆了五台
B|分享到：微信 微博 QQ空间
B|发表评论
B|已有 36 条评论，点击查看
B|© 2024 数码圈评测网 版权所有 京ICP备00000000号-1
"""

ZH_CN_131 = """B|绿拇指社区
B|首页 | 版块 | 精华 | 搜索
B|登录 注册 找回密码
B|绿拇指社区 › 多肉植物 › 新手求助
C|【求助】第一次养多肉，叶子发软起皱是怎么回事？
B|楼主 小鹿不吃草 发表于 2024-3-12 21:05 | 只看该作者
C|各位大佬好，我上个月在花市买了三盆多肉，一盆桃蛋、一盆白牡丹、一盆熊童子。最近发现桃蛋下面的叶子变得软软的，还有点皱，白牡丹倒是没事。
C|我平时放在朝东的窗台，大概一周浇一次水，每次浇到盆底流出来。土是买的时候自带的，看着很黑很细。<br>
C|请问是缺水还是浇多了？需要换盆吗？
B|回复 举报 收藏
B|2楼 铁线蕨 发表于 2024-3-12 21:30
C|看描述大概率是浇水太勤加上土太保水。黑色细土一般以泥炭为主，透气性差，桃蛋根系很容易闷。建议先停水，把盆倒出来看看根是不是发黑。
B|3楼 半亩方塘 发表于 2024-3-12 21:47
C|同意楼上。另外东窗光照可能不太够，春天可以试着挪到南阳台，但别一下子晒正午的太阳，会晒伤。
C|换土可以参考这个比例：
C|颗粒土（火山岩、赤玉土、鹿沼土）：60%
C|泥炭或椰糠：30%
C|河沙：10%
B|4楼 小鹿不吃草 发表于 2024-3-12 22:10
C|刚刚倒出来看了，底部的根有几条是黑的，一捏就断。这样还有救吗？
B|5楼 铁线蕨 发表于 2024-3-12 22:26
C|有救。把黑根剪掉，伤口晾两三天，等切口干了再种进新的颗粒土里，一周内不要浇水。叶子皱是因为根坏了吸不上水，不是缺水，千万别再猛浇。
B|6楼 仙人掌爱好者Leo 发表于 2024-3-13 08:03
C|补充一句，熊童子夏天怕热，到六七月要遮阴、控水，很多新手都是那时候挂掉的。
C|我关注的一位国外玩家说过：“Most succulents die from kindness, not neglect.” 说的就是浇水太勤。
B|7楼 小鹿不吃草 发表于 2024-3-20 19:41
C|更新：按大家说的换了土，桃蛋新长出的叶子已经饱满了，谢谢各位！
B|点赞(58) 回复(7) 分享
B|快速回复
B|您需要登录后才可以回帖 登录 | 注册
B|发表回复
B|热门推荐
B|• 开荒必看，《星穹旅途》新手前七天资源规划攻略
B|• 平民也能打，《幻域回响》火系最强配装推荐
B|• 隐藏结局怎么触发，《雾岛来信》全结局达成技巧
B|• 版本答疑，《机甲纪元2》3.2版本更新内容一览
B|• 钓鱼佬狂喜，《海风小镇》全鱼种图鉴及钓点位置
B|• 零氪也能满星，《王冠与剑》深渊第十二层通关技巧
B|• 别再乱抽了，《灵契物语》卡池优先级排行
B|• 一图看懂，《荒野信号》全地图宝箱位置汇总
B|她47岁冻龄秘诀终于曝光，竟然每天只做这一件事 国足主帅赛后发言引热议，球迷直呼终于说了句实话 医生提醒：早上起床后这三个动作千万别做，很多人天天在做 《幻域回响》新角色强度实测，到底值不值得抽一看便知 某知名男星被拍深夜独自现身医院，工作室连夜紧急回应 每天坚持喝一杯它，血管越来越干净，可惜很多人还不知道 季后赛再爆大冷门！卫冕冠军主场惨遭二十分逆转 退休教师回乡种菜月入过万，邻居看完都坐不住了 手机这个设置赶紧关掉，不然电量掉得飞快还发烫 五十岁大叔坚持跑步十年，体检报告让医生都吃惊 顶流女团成员官宣退团，粉丝连夜刷屏求真相 夏天吃西瓜的四个禁忌，第三个很多人都中招了 《王冠与剑》新赛季排位机制大改，老玩家直呼看不懂 中超豪门再换帅，新主帅曾带队三夺联赛冠军
B|Archiver | 手机版 | 小黑屋 | 绿拇指社区
B|Copyright © 2009-2024 绿拇指社区 All Rights Reserved.
"""

ZH_CN_132 = """B|青澜新闻网
B|首页 本地 财经 教育 文旅 视频
B|当前位置：首页 > 本地 > 民生
C|青澜市新开通6条夜间公交线路 覆盖主要医院与工业园区
B|2024-06-03 07:45 来源：城市观察 作者：方晓禾
B|本文经授权转载自城市观察（ID：chengshiguancha_ql），如需转载请联系原作者。
C|　　记者昨⽇从青澜市交通运输局获悉，自6月10⽇起，全市将新开通6条夜间公交线路，运营时间为每晚22时至次⽇凌晨5时，主要服务医院、⼯业园区和⼤型商圈的夜班⼈群。
C|　　据介绍，此次新开的线路编号为N11至N16，其中N12、N14两条线路将途经市第一⼈民医院和青澜⼤学附属医院，N15则连接高新区与城东两个⼯业园区。
B|图为青澜市公交集团调度中心（资料图）
C|　　票价与日间一致
C|　　夜间线路实行统一票价2元，可使用交通卡、手机扫码和现金支付，享受与日间线路相同的换乘优惠。
C|　　交通运输局公共交通处负责⼈表示，线路走向是根据去年第四季度的出行大数据以及市民热线反映的意见确定的。“我们发现，晚上十点以后从医院和园区出发的出行需求很集中，但原有的夜班车只覆盖了老城区。”
C|　　六条线路一览
C|线路 | 起点 | 终点 | 发车间隔
C|N11 | 火车站东广场 | 滨江新城 | 30分钟
C|N12 | 市第一人民医院 | 北环枢纽站 | 25分钟
C|N13 | 万象商圈 | 南湖公园 | 30分钟
C|N14 | 青澜大学附属医院 | 西站 | 25分钟
C|N15 | 高新区管委会 | 城东工业园 | 20分钟
C|N16 | 机场大巴站 | 老城区 | 40分钟
C|　　市民反响
C|　　在城东⼯业园⼀家电子厂上夜班的李女士告诉记者，她每天凌晨两点下班，过去只能拼车或等网约车，“一个月光路费就要花六七百，有了公交能省不少。”
C|　　也有市民提出，部分站点周边照明不足，希望同步改善。对此，公交集团回应称，将联合市政部门在首班运行前完成沿线32个站点的灯光检修。
B|夜间公交试运行期间，工作人员在站台引导乘客（资料图）
C|　　交通运输局表示，新线路将试运行三个月，届时将根据客流情况调整发车间隔或优化走向，市民可通过12345热线提出建议。
B|责任编辑：周沐
B|参考资料
B|网址已复制！
B|分享 | 收藏 | 打印
B|相关新闻
B|青澜地铁4号线二期预计年底通车
B|城区新增200个公共充电桩，哪里能找到？
B|暑期来了，这些公共泳池开放时间公布
B|老旧小区加装电梯补贴标准上调
B|声明：本网转载其他媒体之稿件，意在为公众提供免费服务，并不代表本网赞同其观点或对其内容的真实性负责。如稿件版权单位或个人不想在本网发布，可与本网联系，本网视情况可立即将其撤除。凡本网注明“来源：青澜新闻网”的所有作品，版权均属于青澜新闻网，未经本网书面授权不得转载、摘编或利用其它方式使用上述作品。
B|关于我们 | 联系我们 | 广告服务 | 网站地图
B|青澜新闻网 版权所有 未经授权禁止转载
"""

ZH_TW_130 = """B|漫遊誌 Roaming Daily
B|首頁 旅遊 美食 住宿 活動 影音
B|會員登入
B|旅遊 &gt; 國內 &gt; 節慶活動
C|嵐河鎮秋日燈籠節登場！老街夜遊、河畔市集一次看
B|文／林語潔 2024.10.02 15:20
C|每年十月，位在山腳下的嵐河鎮都會把整條老街掛滿手作燈籠。今年燈籠節從10月12日一路延續到11月3日，主辦單位新增了河畔夜間市集與導覽行程，週末還有接駁車從火車站直達。
B|嵐河老街入夜後燈籠全亮，吸引大批遊客拍照（翻攝自嵐河鎮公所臉書）
C|活動資訊
C|日期：2024年10月12日至11月3日
C|時間：每日17:00–22:00
C|地點：嵐河老街、河濱公園
C|費用：免費入場，部分體驗活動需付費
C|三大必逛亮點
C|1. 千盞手作燈籠長廊
C|老街約三百公尺的長廊上，掛著由鎮上國小學生與社區媽媽一起完成的燈籠，今年的主題是「河流的記憶」，燈面畫著早年渡船、竹筏與洗衣石階的樣子。<br>
C|2. 河畔夜市集
C|週五到週日晚上，河濱公園會聚集約六十攤小農與手作攤位，推薦試試在地的桂花釀、烤筍與客家鹹湯圓。攤商大多只收現金，記得先準備零錢。
C|3. 老街夜間導覽
C|由在地文史工作室帶路，每晚兩梯次，每梯限額二十人，需在官網預約，費用每人150元。導覽員會講解老街上幾間百年米行與藥舖的故事。
B|河畔市集的桂花釀是人氣商品&nbsp;（翻攝自嵐河文史工作室）
C|交通建議
C|週末假日老街周邊實施交通管制，建議搭乘火車至嵐河站，再轉乘免費接駁車，約十分鐘一班。自行開車的旅客可停放在鎮公所旁的臨時停車場，每次收費100元。
C|當地店家&quot;阿福米糕&quot;老闆笑說：「燈籠節這幾週，一天要蒸二十籠才夠賣。」
C|小提醒
C|山區晚上溫差大，記得帶件薄外套
C|老街石板路不好推嬰兒車，建議使用揹巾
C|燈籠區禁止使用空拍機
B|關於作者：林語潔，前旅遊雜誌編輯，十年間走訪台灣三百多個鄉鎮，專寫小鎮節慶與老街故事，著有《慢車到站》等書，目前定居花東，平日經營個人部落格與Podcast，分享在地旅行與生活觀察。
B|分享 Facebook LINE 複製連結
B|延伸閱讀
B|南部秋季賞楓路線懶人包，五條步道難度一次比較
B|全台十大溫泉旅宿推薦 &amp; 優惠整理
B|這間民宿可以看見整片稻浪！秋收季節限定
B|訂閱電子報，每週收到最新旅遊情報
B|請輸入您的Email
B|訂閱
B|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。 接受
B|Copyright &copy; 2024 漫遊誌 Roaming Daily. All Rights Reserved.
"""

ZH_TW_131 = """B|遊戲週報 GameWeekly
B|新聞 攻略 評測 專訪 電競 論壇
B|熱門攻略
B|・ 新手必看，《潮汐書店》第一章全收集技巧
B|・ 輕鬆過關，《鋼鐵迴廊》BOSS戰打法攻略
B|・ 輸出翻倍，《夜行獵人》弓箭手最強配裝
B|・ 改動大整理，《星塵聯盟》4.0版本更新內容一覽
B|・ 不用課金，《貓咪咖啡廳》快速賺金幣技巧
B|・ 卡關看這裡，《迷霧之城》全謎題解答攻略
B|・ 新角色來了，《龍脈傳說》限定角色培養攻略
B|專訪 | 獨立遊戲
C|專訪《潮汐書店》製作人鄭以恆：三個人、四年，做一款不用打怪的遊戲
B|撰文：何嘉欣｜攝影：梁子朗｜2024年8月21日
C|上月登陸多個平台的《潮汐書店》，讓玩家扮演一名在海邊小鎮經營舊書店的店主，沒有戰鬥、沒有排名，卻在上市兩週內賣出超過十萬套。我們在觀塘的工作室見到了製作人鄭以恆。
B|鄭以恆在工作室內展示遊戲的早期手繪稿（攝影：梁子朗）
C|問：為甚麼會想做一款以書店為主題的遊戲？
C|答：小時候我家樓下有一間二手書店，老闆會把客人留下的便條夾回書裡。後來那間店結業了，我一直想把那種感覺留下來。
C|問：團隊只有三個人，分工是怎樣的？
C|答：我負責程式和劇本，美術是阿澄，音樂和音效是我大學同學Kelvin。我們沒有專職的測試，所以每個週末都會請朋友來試玩。
C|問：開發過程中最困難的是甚麼？
C|答：第二年的時候資金差點用完。我們把原本的開放式地圖砍掉一半，專心做好書店裡的互動，現在回頭看反而是對的決定。
C|問：有外國玩家的回饋讓你印象深刻嗎？
C|答：有一位玩家寫信說：“This game made me call my grandmother for the first time in months.” 我把這封信貼在顯示器旁邊。
C|問：會擔心「沒有戰鬥」的遊戲不好賣嗎？
C|答：當然擔心。
C|答：但試玩會上有人在書店裡待了四十分鐘都不願意離開，那一刻我就知道方向沒錯。
C|問：下一步有甚麼計劃？
C|答：年底會推出免費更新，加入冬季活動和新的客人故事。之後可能會休息一下，再考慮下一個作品。
C|《潮汐書店》基本資料
C|平台：PC / Switch
C|售價：港幣98元
C|支援語言：繁體中文、簡體中文、英文、日文
B|網址已複製！
B|分享至 Facebook | WhatsApp | Telegram
B|【廣告】「雲端記帳王」專為小店老闆而設，一部手機就能開單、收款、對數，每月自動生成報表，連報稅資料都幫你預備好。已有超過三萬間商戶使用，現在下載即享首三個月免月費，立即了解更多優惠詳情及申請條款。
B|相關新聞
B|香港獨立遊戲展本月開幕，逾四十組團隊參展
B|專訪像素畫師：一張圖畫三個月值得嗎？
B|本地遊戲公司獲海外發行商注資
B|留言
B|請先登入再留言
B|關於作者：何嘉欣，資深遊戲記者，曾任多本電玩雜誌編輯，專注報道亞洲獨立遊戲與開發者故事，業餘時間喜歡收集舊式掌上遊戲機，並主持個人Podcast節目，分享遊戲設計與城市生活的觀察。
B|關於我們 | 廣告查詢 | 私隱政策 | 使用條款
B|© 2024 遊戲週報 GameWeekly 版權所有
"""

JA_130 = """B|まいにちごはん帖
B|レシピ検索
B|ログイン | 新規登録
B|ホーム ＞ 主菜 ＞ 鶏肉のレシピ
C|鶏むね肉がしっとり！キャベツの塩レモン炒め
B|料理・文：佐伯みどり｜2024年4月8日
C|パサつきがちな鶏むね肉も、片栗粉をまぶして焼くだけで驚くほどしっとり仕上がります。レモンの酸味で後味もさっぱり、平日の夕飯にぴったりの一品です。
B|PR
B|家計簿、まだ手書きですか？
B|「カケイボ・ネコ」ならレシートを撮るだけで自動で記録。
B|食費の使いすぎもグラフでひと目でわかります。
B|今すぐ無料で試す、カード登録不要。3分で始められます。
B|目次
B|材料（2人分）
B|作り方
B|おいしく作るコツ
B|URLをコピーしました
C|準備時間：10分
C|調理時間：15分
C|カロリー：1人分 約320kcal
C|材料（2人分）
C|鶏むね肉 1枚（約300g）
C|キャベツ 1/4個
C|片栗粉 大さじ1
C|塩 小さじ1/2
C|こしょう 少々
C|レモン汁 大さじ1
C|ごま油 大さじ1
C|作り方
C|1. 鶏むね肉は皮を取り、1cm幅のそぎ切りにする。塩、こしょうをふって5分おく。
C|2. キャベツはざく切りにし、芯は薄切りにする。
C|3. 鶏肉に片栗粉を全体にまぶす。
C|4. フライパンにごま油を熱し、鶏肉を並べて中火で両面を焼く。
C|5. 鶏肉に火が通ったらキャベツを加え、強火で1分ほど炒める。
C|6. 火を止めてレモン汁を回しかけ、全体をさっと混ぜて器に盛る。
B|完成した塩レモン炒め ※写真はイメージです
C|おいしく作るコツ
C|鶏肉は焼き始めたらすぐに動かさず、焼き色がつくまで待つのがポイントです。片栗粉の膜が肉汁を閉じ込めてくれます。
C|レモン汁は加熱しすぎると香りが飛ぶので、必ず火を止めてから加えてください。
C|アレンジ
C|キャベツの代わりに小松菜やもやしでもおいしく作れます。
B|このレシピを保存する
B|印刷する
B|関連レシピ
B|・レンジで5分！鶏むね肉のやわらか蒸し
B|・作り置きに便利な鶏そぼろ3種
B|・キャベツ大量消費！人気の副菜10選
B|この記事を書いた人
B|佐伯みどり（料理研究家・管理栄養士）。食品メーカーの商品開発部を経て独立。「手に入りやすい材料で、毎日続けられるごはん」をテーマに、雑誌やウェブでレシピを発表している。二児の母で、子どもと一緒に作れる簡単おやつの講座も開催中。著書に『15分でできる平日ごはん』など。
B|利用規約 | プライバシーポリシー | お問い合わせ
B|© 2024 まいにちごはん帖 All rights reserved.
"""

JA_131 = """B|ビズリリース速報
B|ニュース | プレスリリース | 業界別 | 企業検索
B|プレスリリース配信のお申し込み
B|ホーム ＞ プレスリリース ＞ IT・通信
C|ミナモテック、中小規模の農家向け水位監視サービス「ミズハリ」を提供開始
B|株式会社ミナモテック｜2024年7月1日 10:00
B|転載元：株式会社ミナモテック プレスリリース
C|　株式会社ミナモテック（本社：静岡県浜松市、代表取締役：青柳 誠）は、水田や用水路の水位を遠隔で確認できる監視サービス「ミズハリ」を、2024年7月1⽇より提供開始いたしました。
C|　開発の背景
C|　農業従事者の⾼齢化が進む中、⽔⽥の⽔位確認のために毎⽇⾒回りを⾏う負担が課題となっています。当社が昨年実施したアンケートでは、回答した農家の約7割が「⽔の⾒回りに1⽇1時間以上かけている」と答えました。
C|　「ミズハリ」の特長
C|・太陽光パネル内蔵で電源工事が不要
C|・水位をスマートフォンで10分ごとに確認可能
C|・設定した水位を超えると通知でお知らせ
C|・1台から導入でき、月額利用料は税込980円
C|サービス概要
C|サービス名 | ミズハリ
C|提供開始日 | 2024年7月1日
C|初期費用 | センサー1台 19,800円（税込）
C|月額利用料 | 980円（税込）／台
C|対応OS | iOS 16以降、Android 12以降
B|「ミズハリ」のセンサー設置例（画像提供：株式会社ミナモテック）
C|代表取締役 青柳 誠のコメント
C|「祖父が⽔⽥の⾒回り中に転倒したことが、このサービスを作るきっかけでした。⼩さな農家でも無理なく使える価格にこだわりました。」
C|今後の展開
C|　当社は2025年度中に、気象データと連携した水位予測機能の追加を予定しております。また、海外展開も視野に入れ、東南アジアの稲作地域での実証実験を検討しています。
C|Minamotech Inc. today launched "Mizuhari," a solar-powered water level monitoring service for small and mid-sized rice farmers. The service sends smartphone alerts when water levels cross user-defined thresholds and can be introduced starting from a single unit.
C|会社概要
C|会社名：株式会社ミナモテック
C|設立：2018年4月
C|事業内容：IoT機器の開発・販売、農業向けクラウドサービスの運営
B|※本ページに掲載されているプレスリリースの内容は、配信企業から提供されたものであり、当サイトはその内容の正確性、完全性、有用性等について一切保証いたしません。掲載内容に関するお問い合わせは、各配信企業へ直接お願いいたします。また、当サイトに掲載された文章・画像等の無断転載、複製、改変を固く禁じます。
B|このリリースをシェア
B|X Facebook LINE はてなブックマーク
B|URLをコピーしました
B|この企業の他のリリース
B|ミナモテック、浜松市と農業DXに関する連携協定を締結
B|ミナモテック、シリーズAで3億円の資金調達を実施
B|関連ニュース
B|スマート農業の導入率、前年比1.4倍に　民間調査
B|ドローンによる農薬散布、規制緩和で新規参入相次ぐ
B|米価高騰の背景に何が？専門家に聞く
B|運営会社 | 利用規約 | プライバシーポリシー | 配信について
B|Copyright © 2024 ビズリリース速報 All Rights Reserved.
"""

JA_132 = """B|くらしのヒント帖
B|トップ 住まい 掃除 お金 乗り物 健康
B|ホーム ＞ 乗り物 ＞ 自転車
B|カテゴリ：乗り物・メンテナンス
C|初心者でも15分でできる！自転車チェーンの掃除と注油のやり方
B|2024/09/14 更新 ｜ ライター：森下 航
C|チェーンから「キュルキュル」と音がしたり、ペダルが重く感じたりしたら、掃除と注油のサインです。専用の道具がなくても、家にあるもので手入れができます。
B|作業中の様子 ※写真はイメージです
B|目次
B|用意するもの
B|作業の手順
B|よくある失敗
C|用意するもの
C|古い歯ブラシ
C|ウエス（いらない布）2〜3枚
C|チェーンクリーナー（中性洗剤でも可）
C|チェーン用オイル
C|新聞紙またはダンボール
C|作業時間：約15分
C|作業の手順
C|1. 自転車の下に新聞紙を敷き、後輪が浮くようにスタンドを立てる。
C|2. ペダルを逆回転させながら、ウエスでチェーン表面の汚れを拭き取る。
C|3. 汚れがひどい部分にクリーナーを吹き付け、歯ブラシでこする。
C|4. 乾いたウエスでクリーナーをしっかり拭き取り、5分ほど乾かす。
C|5. チェーンのコマ一つひとつに、オイルを1滴ずつ垂らしていく。
C|6. ペダルを10回ほど回してオイルをなじませ、余分な油を拭き取る。
C|よくある失敗
C|オイルのさしすぎ
C|油が多すぎると砂やほこりを吸着し、かえって汚れの原因になります。表面はさらっとした状態が理想です。
C|ブレーキへの付着
C|ブレーキやリムにオイルが付くと効きが悪くなり危険です。付いてしまったら、パーツクリーナーで必ず拭き取ってください。
C|手入れの頻度は、晴れの日の通勤で使う場合で月に1回、雨の中を走ったあとはその都度が目安です。
B|この記事が役に立ったら「いいね！」
B|関連記事
B|パンクしたときの応急処置、チューブ交換の手順
B|電動アシスト自転車のバッテリーを長持ちさせるコツ
B|人気のゲーム攻略
B|・今からでも間に合う、「ドラゴンギア戦記」序盤の効率的な進め方攻略
B|・周回が楽になる、「星詠みのアルカナ」最強パーティ編成
B|・見逃し厳禁、「ミライ農園」Ver.2.5アップデート内容まとめ
B|・全員に配布、「剣と魔法のクロニクル」引き換えコード一覧
B|・ボス戦で詰んだら、「深淵のラビリンス」第3章攻略のコツ
B|・金策ならこれ、「ポケット商店街」効率的な稼ぎ方
B|・最強は誰だ、「天空レーサーズ」全マシン性能ランキング
B|人気女優が40代でも変わらない美肌の秘訣を告白、ファン驚き 元代表FWが突然の引退発表、最後の試合で見せた涙の理由とは 医師が警告「朝起きてすぐのこの習慣は今すぐやめて」 「ドラゴンギア戦記」新キャラは本当に強い？実際に使ってみた結果 大物俳優が深夜の病院で目撃される、所属事務所がコメントを発表 毎日コップ一杯で血液サラサラ？専門家が教える意外な飲み物 プロ野球・首位チームがまさかの8連敗、監督の采配に批判殺到 年金生活の夫婦が家庭菜園で月5万円を稼ぐ方法がすごい スマホのこの設定、オフにしないとバッテリーがすぐ減ります 50代でフルマラソン完走した主婦が語る、膝を痛めない走り方 人気アイドルグループのセンターが卒業を電撃発表 「星詠みのアルカナ」新イベントの報酬が豪華すぎると話題に
B|運営者情報 | お問い合わせ | プライバシーポリシー
B|© 2024 くらしのヒント帖
"""

EN_130 = """B|Skip to main content
B|Quillmark Docs
B|Guides API Reference CLI Changelog Community Blog
B|GuidesAPI ReferenceCLIChangelogCommunity
B|v3.2 (latest)
B|Search docs... Ctrl K
B|Sign in
B|GitHub
B|Docs / Guides / Configuration / Caching builds
C|Caching builds
C|Quillmark can reuse the output of previous builds when nothing relevant has changed. This page explains how the cache works, where it lives on disk, and how to tune it for continuous integration.
B|Edit this page
B|Last updated on March 4 by tessa-ng
C|How the cache decides what to reuse
C|Every build step gets a fingerprint computed from its input files, the resolved configuration, and the version of the plugin that runs it. If a fingerprint matches an entry already stored, Quillmark copies the stored output instead of running the step again.
C|Environment variables are not part of the fingerprint unless you list them explicitly. This is intentional: most variables, such as the terminal width or the user name, have no effect on the output.
C|Enabling the cache
C|The cache is on by default for local builds. To configure it, add a cache section to quillmark.toml:
C|[cache]
C|enabled = true
C|dir = ".quill/cache"
C|max_size = "2GB"
C|env = ["NODE_ENV", "QM_TARGET"]
C|Options
C|Option | Type | Default | Description
C|enabled | bool | true | Turns caching on or off for every step
C|dir | string | .quill/cache | Location of the cache, relative to the project root
C|max_size | string | 1GB | Oldest entries are evicted once this size is exceeded
C|env | list | [] | Environment variables added to each fingerprint
B|Tip: Quillmark Cloud shares one cache across your whole team and every CI runner, so a build that ran on a colleague's laptop this morning never has to run again on yours. Teams of up to five people can try it free for 30 days, no credit card required. Start your trial →
C|Using the cache in CI
C|Most CI providers start every job on a fresh machine, so the local cache is empty. Persist the cache directory between jobs with your provider's cache feature, keyed on the lockfile:
C|- uses: actions/cache@v4
C|  with:
C|    path: .quill/cache
C|    key: qm-${{ hashFiles('quill.lock') }}
B|See also: Remote execution with build workers
C|Clearing the cache
C|If you suspect a stale entry, remove everything with:
C|$ quill cache clean
C|To see how much space the cache uses without deleting anything, run quill cache stats.
C|Note: deleting the directory by hand is safe, but never delete it while a build is running.
B|Was this page helpful?
B|Yes No
B|Previous: Plugins
B|Next: Environment profiles
B|On this page
B|How the cache decides what to reuse
B|Enabling the cache
B|Options
B|Using the cache in CI
B|Clearing the cache
B|Docs
B|Getting started
B|Configuration
B|Plugins
B|Community
B|Forum
B|Discord
B|We use cookies to understand how the documentation is used and to remember your preferred version. Analytics cookies are only set after you agree. You can change your choice at any time under Privacy settings at the bottom of any page.
B|Accept all Reject optional
B|© 2024 Quillmark Labs. Documentation licensed under CC BY 4.0. Code samples licensed under MIT.
"""

EN_131 = """B|GreenPlot Forums
B|Home Forums What's New Members Shop Search
B|HomeForumsWhat's NewMembersShop
B|Log in Register
B|Welcome to GreenPlot! Please read the community guidelines before posting. Posts that share seed offers, referral links or advertise commercial products without moderator approval will be removed, and members who repeatedly ignore this rule may lose their posting privileges. Thanks for helping keep the forum friendly and useful.
B|Forums › Vegetable Growing › Tomatoes & Peppers
C|Tomato leaves curling upward after a heatwave — should I worry?
B|Started by marigold_mike · Jul 14 · 6 replies · 1,204 views
B|marigold_mike
B|Member · Joined Mar 2019 · Posts 311
C|Hi all, second year growing tomatoes in raised beds here. Last week we had four days over 34°C and now the lower leaves on my 'Brandywine' and 'Sungold' plants are rolling upward along the midrib. They feel leathery but they're still green, no spots. Fruit set looks normal.
C|I water every morning, roughly 5 litres per plant, and mulched with straw in June. Is this a disease or just heat stress? Anything I should do?
B|Reply Quote Like
B|Sponsored: PlotPro drip kits — water 12 beds from one tap. Free shipping on orders over $49.
B|hedgehog_acres
B|Moderator · Posts 8,902
C|What you're describing sounds like physiological leaf roll. It's a stress response, not a disease. The plant curls its leaves to lose less water when it's hot and windy, or after heavy pruning.
C|The signs that it's harmless:
C|Leaves stay green and firm
C|No yellow mottling or purple veins
C|New growth at the top looks normal
C|If you ever see twisted, distorted new shoots, that's a different story (herbicide drift or a virus).
B|Reply Quote Like (14)
B|tansy_in_tucson
B|Member · Posts 97
C|Agree with hedgehog. Mine do this every July. I stopped pruning suckers so hard in summer and it got a lot better — more foliage means more shade for the fruit too.
B|Desert gardener, zone 9b. Ask me about shade cloth.
B|Reply Quote Like (6)
B|marigold_mike
C|Thanks, that's reassuring. I did take off quite a few suckers right before the heat. Would shade cloth help for the next one?
B|Reply Quote Like
B|pepperjack_paula
B|Member · Posts 1,440
C|30–40% shade cloth in the afternoon made a big difference for me. Don't go darker or you'll lose fruit set.
C|One more thing: watering in the morning is right, but check the soil a hand's depth down. Straw can keep the surface damp while the root zone dries out.
B|Reply Quote Like (9)
B|hedgehog_acres
C|Marking this as solved. Good discussion, everyone.
B|✔ Solution accepted by marigold_mike
B|You must log in or register to reply here.
B|Similar threads
B|Blossom end rot on every single Roma — calcium or watering?
B|Yellow leaves from the bottom up, early blight?
B|Best cherry tomatoes for containers this year
B|Anyone tried grafted tomatoes? Worth the price?
B|Cracked fruit after heavy rain
B|Peppers dropping flowers in July
B|Share: Facebook X Reddit Email Link
B|Forum software by XenoBoard. Style by GreenPlot. Terms and rules · Privacy policy · Help · Home
B|© GreenPlot Community 2011–2024
"""

DE_130 = """B|Gemeinde Ostelbach
B|Rathaus & Service Leben in Ostelbach Wirtschaft Tourismus Aktuelles
B|RathausServiceLebenWirtschaftTourismusAktuelles
B|Leichte Sprache | Gebärdensprache | Schrift vergrößern
B|Bürgerkonto: Anmelden
B|Startseite > Aktuelles > Amtliche Bekanntmachungen
C|Abkochgebot für Trinkwasser in den Ortsteilen Hirschgrund und Weidenau
B|Veröffentlicht am 12.09.2024
C|Bei einer routinemäßigen Untersuchung des Trinkwassers wurden am 10. September im Versorgungsgebiet des Hochbehälters Hirschgrund coliforme Bakterien nachgewiesen. Das Gesundheitsamt des Landkreises hat daraufhin in Abstimmung mit den Gemeindewerken Ostelbach ein Abkochgebot angeordnet.
C|Betroffene Straßen
C|Am Mühlbach
C|Birkenweg
C|Hirschgrunder Straße (Hausnummern 1–58)
C|Weidenauer Ring
C|Zur Schäferei
C|Was ist zu beachten?
C|Leitungswasser, das zum Trinken, Zähneputzen, zur Zubereitung von Speisen oder zum Waschen von rohem Obst und Gemüse verwendet wird, muss sprudelnd aufgekocht und anschließend mindestens zehn Minuten abgekühlt werden.
C|Für Duschen, Wäschewaschen und die Toilettenspülung kann das Wasser ohne Einschränkung genutzt werden.
C|Säuglingsnahrung sollte ausschließlich mit abgekochtem Wasser oder geeignetem abgepacktem Wasser zubereitet werden.
B|Der Hochbehälter Hirschgrund wird derzeit gespült und gechlort. Foto: Gemeindewerke Ostelbach
B|Lesen Sie auch: Sanierung der Wasserleitung in der Lindenstraße beginnt im Oktober
C|Ausgabe von Trinkwasser
C|Ab Freitag, 13. September, stellen die Gemeindewerke an folgenden Orten Trinkwasser in Kanistern bereit:
C|Ort | Zeit
C|Dorfgemeinschaftshaus Hirschgrund | Mo–Fr 16–19 Uhr
C|Feuerwehrgerätehaus Weidenau | Sa 9–12 Uhr
C|Bitte bringen Sie eigene Gefäße mit. Menschen, die das Haus nicht verlassen können, melden sich bitte beim Bürgerbüro.
C|Wie geht es weiter?
C|Das Leitungsnetz wird gespült und vorübergehend gechlort. Das Abkochgebot gilt, bis zwei aufeinanderfolgende Proben ohne Befund sind. Die Gemeinde informiert über die Aufhebung auf dieser Seite und über Lautsprecherdurchsagen der Freiwilligen Feuerwehr.
C|Hotline der Gemeindewerke: 05921 44 80-0
C|gez. Hannelore Brückner, Bürgermeisterin
B|Drucken | Als PDF herunterladen
B|Diese Meldung teilen: Facebook WhatsApp E-Mail
B|Weitere Bekanntmachungen
B|Öffentliche Sitzung des Bauausschusses am 19. September
B|Sperrung der Kreisstraße 14 zwischen Weidenau und Ostelbach
B|Grundsteuerbescheide 2025: Hinweise zur Zahlung
B|Wahlhelferinnen und Wahlhelfer gesucht
B|Änderung der Öffnungszeiten im Bürgerbüro
B|Sprechstunde der Bürgermeisterin im Oktober
B|Newsletter der Gemeinde abonnieren: Erhalten Sie amtliche Bekanntmachungen direkt per E-Mail.
B|E-Mail-Adresse eingeben Abonnieren
B|Kontakt Impressum Datenschutz Barrierefreiheit Sitemap
B|Haftungsausschluss: Trotz sorgfältiger inhaltlicher Kontrolle übernimmt die Gemeinde Ostelbach keine Haftung für die Inhalte externer Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich. Rechtsverbindlich sind allein die im Amtsblatt der Gemeinde veröffentlichten Fassungen der Bekanntmachungen.
B|© 2024 Gemeinde Ostelbach
"""

ES_130 = """B|Diario El Cóndor
B|Inicio Política Economía Deportes Espectáculos Opinión Clasificados
B|InicioPolíticaEconomíaDeportesEspectáculosOpiniónClasificados
B|Suscribite desde $99 al mes | Ingresar
B|Fútbol Liga Nacional Copa Continental Automovilismo Tenis Más deportes
B|Deportes / Fútbol / Liga Nacional
C|Sierra Verde remontó con carácter y goleó 3-1 a Puerto Ancla
C|Con un doblete de Matías Orozco en el segundo tiempo, los Serranos dieron vuelta un partido que se les había complicado y quedaron a tres puntos del líder.
B|Por Redacción Deportes
B|22 de septiembre de 2024 - 21:47 hs
B|Compartir: WhatsApp Facebook X Telegram
C|El Estadio del Valle vivió una noche de dos caras. Durante 45 minutos, Atlético Sierra Verde fue un equipo lento y previsible, y Deportivo Puerto Ancla lo castigó con un cabezazo de Hernán Gutiérrez a los 27 minutos, tras un tiro de esquina que nadie atacó en el primer palo.
C|El entretiempo cambió todo. El técnico Ramiro Escalante mandó a la cancha a Lucas Benítez por un volante de contención y adelantó las líneas. A los 52, Orozco recibió de espaldas en la medialuna, giró y la clavó junto al poste derecho del arquero Fabián Ríos.
B|Matías Orozco festeja su segundo gol frente a la tribuna local. Foto: Julián Restrepo / El Cóndor
C|Puerto Ancla se replegó y apostó a la contra, pero cada vez llegaba menos. A los 71, un desborde de Villalba por izquierda terminó en un centro rasante que Orozco empujó en el segundo palo para el 2-1.
C|"Nos dijimos en el vestuario que el partido no estaba perdido. Salimos a morder y el equipo respondió", dijo Orozco al final.
B|Publicidad
B|Con el plan Conecta Total de Movinet mirás todos los partidos de la Liga Nacional en vivo desde tu celular sin consumir datos, con 40 GB para redes sociales y llamadas ilimitadas. Contratalo hoy y llevate el primer mes gratis. Promoción válida hasta el 30/09 para nuevas líneas. Consultá condiciones en movinet.com.
C|El cierre fue para Benítez, que a los 88 aprovechó un rebote en el área chica y selló la goleada ante una hinchada que ya cantaba de pie.
B|Lee también: Puerto Ancla evalúa la continuidad de su director técnico tras la tercera derrota seguida
B|Para seguir leyendo notas exclusivas y sin límites, suscribite a El Cóndor Digital.
C|La síntesis
C|Equipo | 1T | 2T | Final
C|Atlético Sierra Verde | 0 | 3 | 3
C|Deportivo Puerto Ancla | 1 | 0 | 1
C|Goles: Gutiérrez (PA) 27'; Orozco (ASV) 52' y 71'; Benítez (ASV) 88'
C|Amonestados: Salcedo y Ríos (PA); Villalba (ASV)
C|Árbitro: Raúl Montenegro
C|Estadio: del Valle, 18.430 espectadores
C|Lo que viene
C|Sierra Verde visitará el próximo domingo a Unión Cordillera, mientras que Puerto Ancla recibirá a Real Bahía el sábado en un duelo que ya tiene aroma a final por la permanencia.
B|Temas: Atlético Sierra Verde · Deportivo Puerto Ancla · Liga Nacional · Matías Orozco
B|Más de Deportes
B|Tabla de posiciones: así quedó la Liga Nacional tras la fecha 11
B|Unión Cordillera sumó un refuerzo de último momento para el clásico
B|La selección sub-20 dio a conocer la lista para el torneo sudamericano
B|Automovilismo: el Gran Premio del Altiplano se correrá sin público
B|Tenis: Valeria Quintana avanzó a cuartos de final y sueña con el título
B|Real Bahía presentó su nueva camiseta y los hinchas estallaron en redes
B|El VAR, otra vez en el centro de la polémica: los fallos más discutidos
B|Comentarios
B|Iniciá sesión para comentar
B|Los comentarios publicados son de exclusiva responsabilidad de sus autores y no reflejan la opinión de Diario El Cóndor. Nos reservamos el derecho de eliminar mensajes que contengan insultos, expresiones discriminatorias, datos personales de terceros o publicidad. Al comentar aceptás los términos y condiciones del sitio.
B|Quiénes somos | Contacto | Publicidad | Términos y condiciones | Privacidad
B|© 2024 Diario El Cóndor S.A. Todos los derechos reservados. Prohibida su reproducción total o parcial.
"""

FR_130 = """B|La Marmite Bavarde
B|Recettes Entrées Plats Desserts Boissons Menus de saison Blog
B|RecettesEntréesPlatsDessertsBoissons
B|Se connecter | Créer un compte
B|Rechercher une recette, un ingrédient...
B|Accueil > Recettes > Entrées > Tartes salées
C|Tarte fine aux poireaux, comté et noisettes
B|Par Élodie Marchetti · Publié le 8 novembre 2024
B|★★★★☆ 4,6/5 (212 avis)
B|Imprimer | Enregistrer | Partager
C|Une pâte feuilletée bien croustillante, des poireaux fondants cuits doucement au beurre et un comté de 18 mois qui gratine juste ce qu'il faut : cette tarte se prépare en moins d'une heure et se mange aussi bien chaude que tiède, avec une salade verte.
B|La tarte fine à la sortie du four, servie avec une salade de mâche. © Photo : Élodie Marchetti
C|Temps de préparation : 20 min
C|Temps de cuisson : 35 min
C|Difficulté : facile
C|Pour 6 personnes
C|Ingrédients
C|1 pâte feuilletée pur beurre
C|3 poireaux moyens
C|30 g de beurre
C|120 g de comté affiné 18 mois
C|2 œufs
C|15 cl de crème fraîche épaisse
C|40 g de noisettes concassées
C|1 pincée de muscade
C|Sel, poivre
B|Publicité
B|Envie de cuisiner sans y penser ? Avec les box PanierMalin, recevez chaque semaine tous les ingrédients frais et pré-dosés de trois recettes de saison, livrés chez vous en moins de 48 heures. Profitez de 50 % de réduction sur votre première box avec le code MARMITE50, sans engagement et résiliable en un clic.
C|Préparation
C|1. Préchauffez le four à 200 °C (chaleur tournante).
C|2. Coupez le vert des poireaux, fendez les blancs en deux et rincez-les soigneusement sous l'eau froide pour retirer la terre. Émincez-les finement.
C|3. Faites fondre le beurre dans une sauteuse, ajoutez les poireaux avec une pincée de sel et laissez-les compoter 15 minutes à feu doux, en remuant de temps en temps. Ils doivent être tendres mais pas colorés.
C|4. Déroulez la pâte sur une plaque recouverte de papier cuisson. Piquez le fond à la fourchette en laissant une bordure de 2 cm.
C|5. Battez les œufs avec la crème, la muscade, du sel et du poivre. Ajoutez la moitié du comté râpé.
C|6. Étalez les poireaux sur la pâte, versez l'appareil, puis parsemez du reste de comté et des noisettes.
C|7. Enfournez 30 à 35 minutes, jusqu'à ce que la bordure soit bien dorée.
B|À lire aussi : Nos 12 quiches et tartes salées préférées pour l'automne
C|L'astuce de la cheffe
C|Pour une version plus légère, remplacez la moitié de la crème par du fromage blanc. La tarte se conserve deux jours au réfrigérateur ; réchauffez-la 10 minutes au four plutôt qu'au micro-ondes pour garder une pâte croustillante.
C|Accord vin : un blanc sec du Jura
B|Recevez nos recettes de saison chaque vendredi dans votre boîte mail.
B|Votre adresse e-mail S'inscrire
B|Mots-clés : poireau, comté, tarte salée, recette d'automne, végétarien
B|Vous aimerez aussi
B|Velouté de potimarron au lait de coco
B|Gratin de crozets au reblochon
B|Quiche lorraine comme chez ma grand-mère
B|Salade d'endives, poires et roquefort
B|Cake salé aux olives et au jambon
B|Soupe à l'oignon gratinée
B|Feuilletés apéritifs aux épinards
B|Commentaires (37)
B|Laisser un commentaire
B|Vous devez être connecté pour noter cette recette.
B|Élodie Marchetti est cheffe à domicile et autrice de trois livres de cuisine familiale. Passionnée par les produits du Jura, où elle a grandi, elle partage depuis 2015 sur La Marmite Bavarde des recettes simples, de saison et testées au moins trois fois dans sa petite cuisine lyonnaise.
B|Qui sommes-nous · Contact · Mentions légales · Politique de confidentialité · Gérer les cookies
B|© 2024 La Marmite Bavarde – Reproduction interdite sans autorisation
"""

NL_130 = """B|Brouwhuis.nl – alles voor thuisbaristas
B|Gratis verzending vanaf € 50 | Voor 22:00 besteld, morgen in huis | 30 dagen bedenktijd
B|Koffiemachines Molens Bonen Accessoires Thee Outlet Inspiratie
B|KoffiemachinesMolensBonenAccessoiresTheeOutlet
B|Inloggen | Mijn account | Verlanglijst | Winkelwagen (0)
B|Home / Koffiemolens / Handmolens
C|Maalwerk K2 handkoffiemolen – RVS
B|★★★★★ 4,7 (86 reviews)
B|€ 89,95 incl. btw
B|Op voorraad
B|Aantal: 1
B|In winkelwagen
B|♡ Op verlanglijst
B|De Maalwerk K2 in geborsteld RVS met houten knop.
C|Productomschrijving
C|De Maalwerk K2 is een compacte handmolen voor wie zijn koffie elke ochtend vers wil malen, thuis of op de camping. Het conische maalwerk van gehard staal levert een gelijkmatige maalgraad, van fijn voor espresso tot grof voor de French press.
C|De maalgraad stel je in met een klikring onder de maalkop: 36 standen, elk 0,025 mm uit elkaar. Zo vind je na een paar keer proberen snel de instelling die past bij jouw bonen en zetmethode.
C|Geschikt voor espresso, filter, AeroPress en French press
C|Tot 25 gram bonen per keer
C|Zonder gereedschap uit elkaar te halen
C|Specificaties
C|Kenmerk | Waarde
C|Materiaal behuizing | Geborsteld roestvrij staal
C|Maalwerk | Conisch, 38 mm, gehard staal
C|Maalstanden | 36 (klikring)
C|Inhoud bonenreservoir | 25 g
C|Afmetingen | 16 x 5,2 cm
C|Gewicht | 480 g
C|Garantie | 2 jaar
B|Vaak samen gekocht
B|Digitale koffieweegschaal met timer – € 24,95
B|Schoonmaakborsteltje voor molens – € 4,95
B|Actie! Word lid van Brouwhuis Club en spaar bij elke bestelling punten voor gratis bonen, krijg als eerste toegang tot limited roasts van onze partnerbranders en ontvang elke maand een kortingscode van 10 % op het hele assortiment. Aanmelden is gratis en je kunt op elk moment opzeggen.
C|Reviews
B|Gemiddelde score 4,7 van 5 op basis van 86 reviews
B|Schrijf een review
B|★★★★★
C|Eindelijk een gelijkmatige maling
B|Door Sanne uit Deventer · 3 oktober 2024
C|Ik had een goedkope keramische molen en mijn filterkoffie smaakte altijd wat bitter. Met de K2 is de maling veel gelijkmatiger. Ik draai stand 22 voor mijn V60, dat duurt ongeveer veertig seconden voor 18 gram.
B|Was deze review nuttig? Ja (12) Nee (1)
B|★★★★☆
C|Top molen, espresso vraagt geduld
B|Door Ruud · 17 september 2024
C|Voor filter perfect. Voor espresso moet je flink draaien, reken op anderhalve minuut. De slinger zit soms los, even goed vastdraaien.
B|Was deze review nuttig? Ja (7) Nee (0)
B|★★★★★
C|Ideaal voor op reis
B|Door Ayşe K. · 2 september 2024
C|Past precies in mijn reistasje. Stevig, en geen plastic onderdelen die kunnen breken.
B|Was deze review nuttig? Ja (3) Nee (0)
B|Toon meer reviews
B|Anderen bekeken ook
B|Maalwerk K1 handkoffiemolen – zwart
B|Veldkamp Tour handmolen
B|Elektrische molen Zoemer E40
B|Espressobonen Rood Fluweel 1 kg
B|Keramische filterhouder wit
B|Klantenservice · Verzenden en retourneren · Betaalmethoden · Over Brouwhuis · Vacatures
B|Betaal veilig met iDEAL, creditcard, Bancontact of achteraf betalen.
B|Prijzen zijn inclusief btw. Kennelijke fouten in prijzen en productinformatie binden ons niet. Op alle bestellingen zijn onze algemene voorwaarden van toepassing, die je kunt downloaden onder Klantenservice. Afbeeldingen kunnen afwijken van het geleverde product.
B|© 2024 Brouwhuis B.V. · KvK 71234567
"""

SV_130 = """B|Jobbtorget Norr
B|Lediga jobb Arbetsgivare Karriärtips Löner Logga in
B|LedigajobbArbetsgivareKarriärtipsLöner
B|Publicera annons | För arbetsgivare
B|Start › Lediga jobb › Energi & el › Norrbotten
C|Drifttekniker till vårt vattenkraftsteam i Norrvik
B|Norrvik Energi AB · Publicerad 2 oktober 2024
B|Spara annons ☆ Dela
C|Om tjänsten
C|Vill du arbeta nära naturen med teknik som levererar förnybar el till hela regionen? Vi söker nu en drifttekniker som vill bli en del av vårt team på sex personer som ansvarar för drift och underhåll av tre vattenkraftstationer längs Storälven.
C|Du kommer att utgå från vår station i Norrvik och arbeta dagtid med beredskap var femte vecka. Arbetet innebär både förebyggande underhåll och felsökning, ofta tillsammans med kollegor från el- och mekaniksidan.
C|Arbetsuppgifter
C|Tillsyn och rondering av stationer och dammanläggningar
C|Förebyggande och avhjälpande underhåll av el- och styrsystem
C|Felsökning i kontrollanläggningar
C|Dokumentation i vårt underhållssystem
C|Beredskap enligt schema
B|Annons
B|Funderar du på att byta jobb? Ladda ner Jobbtorget-appen och få en notis så fort ett nytt jobb som matchar din profil publiceras. Över 4 000 arbetsgivare i norra Sverige annonserar hos oss, och med ett gratis konto kan du spara sökningar, ladda upp ditt CV och ansöka direkt från mobilen.
C|Vi söker dig som
C|Har gymnasieutbildning inom el eller motsvarande, gärna kompletterad med en yrkeshögskoleutbildning
C|Har minst tre års erfarenhet av drift eller underhåll inom industri eller energi
C|Har B-körkort
C|Uttrycker dig väl på svenska i tal och skrift
C|Det är meriterande om du har erfarenhet av PLC-system och har elbehörighet.
C|Vi erbjuder
C|Tillsvidareanställning med sex månaders provanställning, kollektivavtal, friskvårdsbidrag på 5 000 kronor per år och möjlighet till vidareutbildning. Vi har flexibel arbetstid och lägger stor vikt vid säkerhet och en god arbetsmiljö.
B|Läs även: Så skriver du ett personligt brev som sticker ut
C|Anställningsform: Tillsvidare, heltid
C|Ort: Norrvik
C|Tillträde: Enligt överenskommelse
C|Sista ansökningsdag: 3 november 2024
C|Ansökan
C|Skicka in ditt CV och personliga brev via knappen nedan. Urvalet sker löpande, så vänta inte med din ansökan. Har du frågor om tjänsten är du välkommen att kontakta driftchef Jonas Hedlund, 0920-55 41 07.
C|Fackliga företrädare: Maria Åkesson och Per-Erik Lund
B|Ansök nu
B|Rapportera annons
B|Liknande jobb
B|Elektriker till industriservice – Boden
B|Underhållstekniker, pappersbruk – Piteå
B|Drifttekniker fjärrvärme – Skellefteå
B|Servicetekniker vindkraft – Övertorneå
B|Automationsingenjör – Luleå
B|Elkonstruktör – Kalix
B|Fler jobb inom Energi & el
B|Få nya jobb inom Energi & el direkt i mejlen – Bevaka
B|Jobbtorget Norr använder cookies för att webbplatsen ska fungera, för att mäta trafiken och för att visa relevanta annonser. Genom att klicka på "Godkänn alla" samtycker du till att vi och våra partner lagrar och läser information på din enhet. Du kan när som helst ändra dina val under Cookieinställningar.
B|Godkänn alla Endast nödvändiga
B|Om oss · Kontakt · Integritetspolicy · Annonsera hos oss
B|© 2024 Jobbtorget Norr AB
"""

TH_130 = """B|ข่าวทันใจ ออนไลน์
B|หน้าแรก การเมือง เศรษฐกิจ ภูมิภาค กีฬา บันเทิง ไลฟ์สไตล์ วิดีโอ
B|หน้าแรกการเมืองเศรษฐกิจภูมิภาคกีฬาบันเทิงไลฟ์สไตล์
B|เข้าสู่ระบบ | สมัครสมาชิก
B|หน้าแรก > ข่าวภูมิภาค > ไลฟ์อัปเดต
B|🔴 LIVE
C|ไลฟ์อัปเดต: ฝนถล่มวังศิลา น้ำล้นตลิ่งแม่น้ำสายทอง ชุมชนริมน้ำเร่งอพยพ
B|โดย กองบรรณาธิการข่าวภูมิภาค | อัปเดตล่าสุด 18 ก.ย. 2567 19:40 น.
B|แชร์ Facebook LINE X คัดลอกลิงก์
C|สรุปสถานการณ์ล่าสุด
C|ระดับน้ำแม่น้ำสายทองที่สถานีวัดน้ำสะพานเหล็กสูงกว่าตลิ่ง 45 เซนติเมตร
C|ชุมชนริมน้ำ 4 แห่งได้รับผลกระทบ อพยพแล้วกว่า 320 ครัวเรือน
C|ยังไม่มีรายงานผู้เสียชีวิต
C|19:40 น.
C|นายสมพงษ์ ทองประเสริฐ นายกเทศมนตรีเมืองวังศิลา แถลงว่าเทศบาลได้เปิดศูนย์พักพิงชั่วคราวเพิ่มอีก 2 แห่ง ที่โรงเรียนวัดบ้านเนินและหอประชุมเทศบาล รองรับผู้อพยพได้รวมประมาณ 600 คน พร้อมจัดอาหารและน้ำดื่มตลอด 24 ชั่วโมง
C|"ขอให้ประชาชนที่อยู่ริมตลิ่งขนของขึ้นที่สูง และเตรียมพร้อมอพยพทันทีเมื่อได้ยินเสียงไซเรน"
C|18:55 น.
C|เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยนำเรือท้องแบน 6 ลำ เข้าช่วยเหลือผู้สูงอายุและผู้ป่วยติดเตียงในชุมชนท่าวัง ซึ่งน้ำท่วมสูงระดับเอว ขณะที่อาสาสมัครกู้ภัยช่วยกันขนย้ายสิ่งของไปไว้ที่วัดท่าวัง
B|เจ้าหน้าที่ใช้เรือท้องแบนลำเลียงผู้สูงอายุออกจากชุมชนท่าวัง (ภาพ: ธนากร ศรีสุข)
B|โฆษณา
B|ประกันภัยบ้านอุ่นใจพลัส คุ้มครองน้ำท่วม พายุ และแผ่นดินไหว สูงสุด 1 ล้านบาท เบี้ยเริ่มต้นเพียงวันละ 5 บาท สมัครง่ายผ่านแอปภายใน 5 นาที ไม่ต้องตรวจสภาพบ้าน รับส่วนลดพิเศษ 15% สำหรับผู้สมัครภายในเดือนนี้ เงื่อนไขเป็นไปตามที่บริษัทกำหนด
C|17:30 น.
C|สำนักงานชลประทานในพื้นที่ระบุว่า เขื่อนห้วยหินลาดได้ปรับลดการระบายน้ำจากวินาทีละ 180 ลูกบาศก์เมตร เหลือ 140 ลูกบาศก์เมตร เพื่อลดผลกระทบต่อพื้นที่ท้ายน้ำ คาดว่าระดับน้ำในตัวเมืองจะทรงตัวภายในคืนนี้
B|อ่านเพิ่มเติม: 10 วิธีเตรียมตัวรับมือน้ำท่วมที่ควรทำก่อนน้ำมา
C|16:10 น.
C|ถนนที่ปิดการจราจรชั่วคราว
C|ถนนริมน้ำ ช่วงตลาดเก่าถึงสะพานเหล็ก
C|ซอยท่าวัง 3
C|ถนนเลียบคลองหนองบัว
C|ตำรวจภูธรเมืองวังศิลาแนะนำให้ผู้ขับขี่ใช้ถนนเลี่ยงเมืองแทน และหลีกเลี่ยงการขับรถผ่านจุดที่มีน้ำไหลเชี่ยว
B|สมัครสมาชิกข่าวทันใจพลัส เพื่ออ่านรายงานพิเศษเจาะลึกแบบไม่มีโฆษณา
C|14:45 น.
C|กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากในพื้นที่ต่อเนื่องอีก 48 ชั่วโมง ประชาชนที่อาศัยอยู่ใกล้ลำน้ำและเชิงเขาควรติดตามประกาศอย่างใกล้ชิด
C|ศูนย์รับแจ้งเหตุเทศบาลเมืองวังศิลา: 0 5561 2345
B|รับแจ้งเตือนข่าวด่วนผ่าน LINE กดเพิ่มเพื่อน @thanjainews
B|แท็ก: น้ำท่วม วังศิลา แม่น้ำสายทอง ภัยพิบัติ
B|ข่าวที่เกี่ยวข้อง
B|ชาวบ้านริมน้ำสายทองเร่งทำคันกั้นน้ำชั่วคราว หวั่นน้ำหลากซ้ำ
B|เปิดพิกัดศูนย์พักพิงทั่วจังหวัด พร้อมเบอร์โทรฉุกเฉิน
B|เกษตรกรวังศิลาหวั่นนาข้าวเสียหายกว่า 3,000 ไร่
B|การไฟฟ้าตัดกระแสไฟบางจุด ป้องกันอันตรายจากไฟฟ้ารั่ว
B|ย้อนรอยน้ำท่วมใหญ่วังศิลา บทเรียนที่ยังไม่ถูกแก้
B|อุตุฯ เตือนพายุลูกใหม่ อาจเข้าไทยปลายเดือนนี้
B|แสดงความคิดเห็น
B|กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น
B|ความคิดเห็นที่ปรากฏเป็นของผู้แสดงความคิดเห็นแต่เพียงผู้เดียว ไม่ใช่ความเห็นของกองบรรณาธิการ ข่าวทันใจขอสงวนสิทธิ์ในการลบข้อความที่มีเนื้อหาหยาบคาย ละเมิดสิทธิส่วนบุคคล หรือผิดกฎหมาย โดยไม่ต้องแจ้งให้ทราบล่วงหน้า
B|เกี่ยวกับเรา | ติดต่อโฆษณา | นโยบายความเป็นส่วนตัว | ร่วมงานกับเรา
B|© 2567 ข่าวทันใจ ออนไลน์ สงวนลิขสิทธิ์
"""

ZH_CN_140 = """B|首页
B|问答
B|专栏
B|话题
B|登录
B|注册
B|搜索你感兴趣的问题
B|数码 > 电脑 > 笔记本
C|笔记本电脑一直插着电源用，会不会把电池用坏？
C|公司发的笔记本基本不离开工位，一天到晚插着充电器。同事说这样电池很快就会鼓包，要拔了用到20%再充。也有人说现在的电脑都有保护，随便插。到底哪种说法靠谱？机型是去年买的14寸轻薄本。
B|关注问题
B|写回答
B|邀请回答
B|12 个回答
B|默认排序
B|最佳答案
B|硬件老周
B|数码博主 · 电子工程师
B|2.3万 人赞同了该回答
C|先说结论：长期插电本身不会“把电池用坏”，真正伤电池的是长时间处于满电加高温的状态。
C|锂电池的老化主要有两个推手，一个是循环次数，一个是日历老化。日历老化和电池所处的电压、温度关系很大，电量越接近100%、环境越热，电解液和电极之间的副反应就越快。
C|所以插着电用的问题不在“插着”，而在于电池一直被顶在满电，同时笔记本满载时机身发热。
C|具体可以这样做：
C|打开厂商自带的电池养护模式，把充电上限设在60%到80%
C|避免在被子、沙发上使用，保证底部进风
C|不要为了“校准”频繁把电量放到0%
C|长期不用时，电量保持在50%左右再存放
C|至于你同事说的“用到20%再充”，那是镍氢电池时代的经验，对锂电池来说反而是多余的深度放电。
C|另外，鼓包多数和电池本身品质、长期高温有关。如果发现触控板被顶起、底壳缝隙变大，立即停止充电并送售后检查，不要自己拆。
B|编辑于 2023-11-08 · 著作权归作者所有
B|赞同 2.3万
B|添加评论
B|分享
B|收藏
B|收起
B|林间小鹿
B|412 人赞同了该回答
C|补充一个实测数据：我手上两台同款机器，一台开了80%充电上限，一台没开，都是插电办公用了两年。前者电池健康度还有91%，后者掉到了78%。差距还是挺明显的。
B|发布于 2024-01-19
B|3 条评论
B|查看全部 12 个回答
B|相关问题
B|笔记本电脑电池健康度低于80%需要换吗？ 56 个回答
B|手机边充电边玩游戏伤电池吗？ 203 个回答
B|电池养护模式开了之后续航会变短吗？ 18 个回答
B|为什么新买的笔记本电池只有95%的健康度？ 41 个回答
B|热门推荐
B|新手必看，《星穹铁道》黄泉最强配队思路与光锥选择
B|一文读懂，《原神》4.5版本深渊满星阵容推荐
B|零氪也能玩，《明日方舟》危机合约低配通关攻略
B|手残党福音，《王者荣耀》新英雄出装铭文技巧
B|版本更新，《金铲铲之战》S11最强阵容排行
B|老玩家都在用，《逆水寒》手游职业强度榜
B|萌新速成，《蛋仔派对》巅峰赛上分技巧大全
B|某天王罕见晒出全家福 女儿近照曝光网友直呼长大了国足0比2憾负对手 主帅赛后回应争议判罚每天早上空腹喝这种水 医生提醒三类人千万别碰这款老游戏宣布停服 玩家连夜排队申请退款
B|© 2024 问答社区 京ICP备00000000号-1
B|违法和不良信息举报电话：010-00000000
"""
ZH_CN_141 = """B|首页
B|资讯
B|评测
B|导购
B|视频
B|社区
B|登录
B|首页 > 评测 > 智能家居
C|青禾S8 Pro扫拖机器人评测：两千元价位，拖地终于不再是摆设
B|2024-03-15 10:22　来源：某某科技网　作者：周一帆
B|本文经授权转载自微信公众号“家电实验室”（ID：jiadianlab2019），转载请联系原作者。
C|导语：两千元出头的青禾S8 Pro带来了自动集尘、热风烘干和可抬升拖布，我们用三周时间在两种户型里实测，拖地能力进步明显，但避障和App体验仍有短板。
B|让每一份报表自己长出来
B|「智表通」在线协作表格，百人同时编辑不卡顿，数据自动汇总成图表，周报十分钟就能写完。
B|立即免费试用
B|无需绑定银行卡，3分钟上手
B|广告
B|目录
B|一、外观与基站
B|二、核心参数
B|三、清扫实测
B|四、优缺点
B|五、购买建议
C|一、外观与基站
C|S8 Pro机身延续了圆形设计，白色磨砂顶盖不太容易留指纹，激光雷达凸起做了下沉处理，机身高度控制在9.7厘米，大部分沙发底都能钻进去。
C|基站集成了集尘、上下水箱和热风烘干，宽度约42厘米。放在玄关或者冰箱旁边都可以，但左右最好各留出几厘米散热空间。
B|青禾S8 Pro基站外观 资料图
C|二、核心参数
C|产品型号：青禾S8 Pro
C|最大吸力：6000Pa
C|电池容量：5200mAh
C|尘盒容量：350ml（基站集尘袋3L）
C|清水箱／污水箱：4L／3.5L
C|导航方式：LDS激光雷达＋结构光避障
C|机身高度：9.7cm
C|工作噪音：约65dB（标准模式）
C|参考售价：2199元
C|三、清扫实测
C|我们在一套90平方米的三居室和一套45平方米的一居室中分别测试。三居室全屋清扫耗时约62分钟，电量剩余41%，中途无需回充。
C|拖地方面，我们在木地板上滴了咖啡和酱油，放置两小时后让机器处理。深度拖地模式下两遍基本清除，只在踢脚线边缘留下一圈淡淡的痕迹。
C|避障是它最明显的短板。对拖鞋、宠物碗识别稳定，但对贴地的细电线，五次测试中有两次直接卷了进去。
B|实测场景：客厅木地板与地毯交界处（作者拍摄）
C|四、优缺点
C|优点：
C|拖布下压力足，干涸污渍两遍基本清除
C|热风烘干，拖布不发臭
C|识别到地毯后自动抬升拖布
C|缺点：
C|对细电线避障不稳定
C|App推送的广告偏多
C|基站体积偏大
C|五、购买建议
C|如果你家以木地板和瓷砖为主、地上没有太多散落的电线，S8 Pro在这个价位几乎没有明显短板；如果家里有宠物，或者孩子常把玩具丢在地上，建议再加几百元看看带AI视觉避障的型号。
B|（责任编辑：王芳）
B|标签：扫地机器人　智能家居　评测　青禾
B|网址已复制
B|分享到：
B|微信
B|微博
B|作者简介
B|周一帆，资深家电评测人，从业十二年，先后在多家科技媒体担任评测主笔，累计上手测试过三百余款清洁电器。他习惯用实验室数据解释日常体验，相信一篇好的评测应该让普通消费者少花冤枉钱。业余时间喜欢骑行和修老式收音机。
B|相关阅读
B|洗地机价格三年腰斩，这五款真的值得买吗？我们用同一块脏地板测出了差距，结果出乎意料。
B|扫地机器人越来越贵，基站到底有没有必要？
B|版权声明：本网站所刊载信息，不代表本站观点。如需转载请注明出处。
B|© 2024 某某科技网 版权所有
"""
ZH_CN_142 = """B|临江市住房和城乡建设局
B|首页
B|机构概况
B|政务公开
B|政务服务
B|互动交流
B|专题专栏
B|当前位置：首页 > 政务公开 > 通知公告
B|索引号：LJ-ZJ-2024-00417
B|发布机构：临江市住房和城乡建设局
B|发布日期：2024-04-02
B|文号：临建〔2024〕18号
B|字号：大 中 小
C|临江市住房和城乡建设局关于开展2024年度既有住宅加装电梯补助资金申报工作的通知
C|各区住房和城乡建设局，各街道办事处，各有关单位：
C|为进一步改善老旧小区居住条件，方便老年人等群体出行，根据《临江市既有住宅增设电梯管理办法》有关规定，现就2024年度既有住宅加装电梯补助资金申报工作通知如下：
C|一、申报对象
C|本市行政区域内已取得施工许可或已完成竣工验收备案，且于2023年1月1日至2024年5月31日期间完成安装并投入使用的既有住宅加装电梯项目。
C|二、补助标准
C|（一）每台电梯补助20万元；
C|（二）同一小区连片加装3台及以上的，每台额外增加补助2万元；
C|（三）补助资金不超过项目实际投资总额的50%。
C|三、申报材料
C|申报单位应提交以下材料（一式两份）：
C|1. 既有住宅加装电梯补助资金申请表
C|2. 业主书面协议及业主身份证明复印件
C|3. 特种设备使用登记证复印件
C|4. 工程竣工验收备案材料
C|5. 项目投资决算或发票复印件
C|四、申报时间
C|2024年4月10日至2024年6月30日
C|五、办理程序
C|项目实施主体向所在街道办事处提交申报材料，街道初审后报区住建局复核，区住建局汇总后于2024年7月15日前报送市住建局。市住建局会同市财政局审核后，将拟补助名单在本网站公示5个工作日。
C|六、其他事项
C|申报单位对所报材料的真实性负责。对弄虚作假、骗取补助资金的，一经查实，追回已拨付资金，并依法依规追究相关责任。
C|联系人：市住建局城建处 赵工，联系电话：0000-12345678
C|附件：
C|1.既有住宅加装电梯补助资金申请表.docx
C|2.业主书面协议（参考文本）.docx
C|3.申报材料清单.pdf
C|临江市住房和城乡建设局
C|2024年4月2日
B|【打印本页】
B|【关闭窗口】
B|扫一扫在手机打开当前页
B|相关文件
B|《临江市既有住宅增设电梯管理办法》政策解读
B|关于公示2023年度第二批加装电梯补助项目名单的公告
B|友情链接
B|主办单位：临江市住房和城乡建设局
B|地址：临江市人民路100号　邮编：000000
B|网站标识码：0000000000　ICP备案号：某ICP备00000000号
B|公安机关备案号：00000000000000
"""
ZH_TW_140 = """B|即時新聞
B|政治
B|社會
B|國際
B|生活
B|科技
B|娛樂
B|首頁 &gt; 科技 &gt; 產業動態
C|ＡＩ新創創辦人返母校致詞：「別急著成為誰，先學會和⾃⼰相處」
B|記者林佳穎／台北報導
B|２０２４年６月８日 週六 下午３：１５
B|分享 Facebook
B|LINE
B|複製連結
C|國立中嶺⼤學今（８）日舉行畢業典禮，今年邀請校友、⼈⼯智慧新創「深流科技」創辦人陳柏宇返校致詞。陳柏宇十年前從電機系畢業，創業初期曾連續三年虧損，如今公司員工超過３００⼈，產品銷往１２個國家。&nbsp;
B|陳柏宇在畢業典禮上致詞。（圖／翻攝自國立中嶺⼤學臉書）
C|陳柏宇一上台就先向台下家長鞠躬，他笑說自己當年畢業典禮睡過頭，「今天算是補考」，引來全場笑聲。隨後他分享創業十年的心得，全程約２０分鐘，以下為部分致詞內容：
C|「各位畢業生、各位家長、各位老師，大家午安。十年前我坐在你們現在的位置，心裡想的不是未來，而是等一下要去哪裡吃飯。我那時候不知道自己要做什麼，只知道不想輸給別人。」
C|「畢業之後，我去了一家很大的公司，薪水不錯，每天加班到十一點。第二年，我發現我很擅長完成別人交代的事，卻完全說不出自己想做什麼。那一年我⼆十六歲，第一次覺得害怕。」
C|「後來我離職創業，第一年只有三個人，擠在朋友家的頂樓加蓋。夏天沒有冷氣，電腦過熱當機，我們就把伺服器搬到浴室旁邊，因為那裡比較涼。你們現在聽起來很好笑，但那時候我們真的不知道能撐多久。」
C|「我想告訴你們的第一件事是：慢，不等於落後。你們會看到同學升遷、出國、結婚、買房，社群網站會每天提醒你別人過得多好。但人生不是一場大家站在同一條起跑線的賽跑，每個人跑的根本是不同的路。」
C|「第二件事是，學會和自己相處。ＡＩ可以幫你寫報告、整理資料，甚至幫你寫情書，但它沒辦法替你決定你要成為什麼樣的⼈。那個問題，只能在你一個人安靜下來的時候回答。」
C|「最後，請記得回家吃飯。我創業最忙的那幾年，一年回南部不到兩次。去年我父親住院，我在病房裡陪他三天，那是我這十年來最長的假期。成功很重要，但有些人不會一直在原地等你。」
C|「祝福大家，畢業快樂。」
C|致詞結束後，全場起立鼓掌長達一分鐘。不少畢業生在社群平台轉貼演講片段，有人留言「最後一段直接哭爆」，也有家長說這是「聽過最不像成功學的成功人士演講」。
B|畢業生在典禮結束後於校門口合影。（圖／翻攝自畢聯會ＩＧ）
C|校方表示，今年共有約４，２００名學士、碩士及博士畢業生，典禮採實體與線上同步直播，線上觀看人次超過１．５萬。&nbsp;
C|陳柏宇也在典禮後宣布，將捐贈新台幣５００萬元成立「頂樓獎學金」，提供給有意創業但家庭經濟弱勢的在校生申請，首屆預計錄取１０名。
B|延伸閱讀
B|畢業季求職潮來了　人力銀行：今年新鮮人起薪創新高
B|ＡＩ人才搶手！科技業祭出百萬年薪挖角碩士生
B|大學畢業典禮名人致詞盤點　這幾句話最常被轉貼
B|熱門新聞
B|女星驚爆閃婚對象竟是圈外富商中職明星捕手傷勢曝光恐報銷整季醫師警告這種早餐天天吃血糖飆升手遊新角色強到破壞平衡官方緊急下修男子中發票千萬竟忘了領獎
B|訂閱我們的電子報，每天早上八點，編輯精選五則最值得讀的新聞直接送到您的信箱。不用再在茫茫訊息裡翻找，用一杯咖啡的時間，掌握今天最重要的事。
B|立即訂閱
B|本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。
B|我知道了
B|Copyright © 2024 晨光新聞網 All Rights Reserved.
"""
ZH_TW_141 = """B|汽機車綜合討論區
B|首頁
B|看板列表
B|熱門文章
B|登入
B|註冊
B|汽機車 › 機車 › 保養維修
C|[問題] 第一次自己換機車空濾，裝回去怠速變不穩正常嗎？
B|發表新文章
B|回覆
B|追蹤此文
B|#1
B|阿哲騎125
B|Lv.2 新手上路
B|文章 38 · 積分 112
B|2024-05-02 21:14
C|各位大大好，小弟的車是五年的125速克達，里程大概兩萬三。上週看影片學著自己換空濾，拆外蓋、拿舊濾芯、裝新的，整個過程大概二十分鐘。
C|問題是裝回去之後，冷車發動怠速變得有點忽高忽低，騎一段路熱車後就比較正常。之前去車行換都沒有這個狀況。
C|想請問是不是我哪裡裝錯了？還是新濾芯本來就要跑一段時間？
C|補充：買的是副廠濾芯，一個180元
B|讚 3
B|檢舉
B|#2
B|老陳機車行
B|Lv.9 版主
B|文章 12,406 · 積分 58,930
B|2024-05-02 21:40
C|先檢查三個地方：
C|濾芯外框的橡膠邊有沒有完全卡進槽裡，沒卡好會漏氣
C|空濾盒到節流閥體那條進氣管的束環有沒有鎖緊
C|拆蓋的時候有沒有順手碰到曲軸箱通氣管
C|副廠濾芯尺寸差一兩公釐的也常見，如果確認都裝好還是不穩，換回原廠濾芯試試看。
B|───────────
B|簽名檔：本店週日公休，私訊不回報價，請直接來店
B|讚 27
B|檢舉
B|#3
B|小雨不騎車
B|Lv.5 常客
B|文章 1,207 · 積分 4,380
B|2024-05-02 22:05
C|我之前也遇過，結果是通氣管被我拉脫一半，自己沒發現。你拿手電筒照一下空濾盒後面那條細管。
B|讚 9
B|#4
B|阿哲騎125
B|Lv.2 新手上路
B|2024-05-03 08:32
C|感謝兩位！今天早上拆開看，真的是通氣管沒插到底，而且濾芯有一角翹起來。重新裝好之後冷車怠速就穩了。
C|結論給之後爬文的人參考：換完空濾一定要檢查周邊管線，不要只看濾芯本身
B|讚 15
B|檢舉
B|回覆此文章
B|你可能也有興趣
B|[心得] 自己換機油三年，聊聊省下多少錢
B|[問題] 機車電瓶冬天常沒電該換了嗎
B|[分享] 125速克達原廠保養週期整理表
B|論壇規則
B|隱私權政策
B|© 2024 車友社群 版權所有
"""
JA_140 = """B|プレスリリース配信サービス
B|ホーム
B|新着リリース
B|業種別
B|地域別
B|ログイン
B|無料会員登録
B|ホーム > 食品・飲料 > 株式会社ミナモフーズ
C|冷凍パンの定期便「パンのたより」を2024年6月1日より全国で提供開始
C|地域のパン屋30店舗の焼きたてを急速冷凍、毎月ご自宅に届くサブスクリプション型サービス
B|株式会社ミナモフーズ
B|2024年5月20日 10時00分
B|ポスト
B|シェア
B|URLをコピー
B|URLをコピーしました
C|株式会社ミナモフーズ（本社：静岡県浜松市、代表取締役：水野 恵）は、全国の個人経営のパン屋と提携し、焼きたてのパンを急速冷凍して毎月ご自宅にお届けする定期便サービス「パンのたより」を、2024年6月1日（土）より開始いたします。
B|「パンのたより」お届けイメージ（写真はイメージです）
C|■サービス開始の背景
C|原材料費や光熱費の高騰により、地域の小規模なパン屋の経営環境は厳しさを増しています。一方で、遠方に住む消費者からは「旅行先で食べたパンをもう一度味わいたい」という声が多く寄せられていました。
C|当社はこれまで業務用冷凍食品の物流を手がけてきたノウハウを活かし、パン屋の販路拡大と、消費者の新しいパンとの出会いを両立させるサービスとして「パンのたより」を企画しました。
C|■サービスの特長
C|毎月異なる3店舗から、合計8〜10個のパンをお届け
C|マイナス35度の急速冷凍で、焼きたての食感を保持
C|各店舗の店主による、おすすめの食べ方カードを同梱
C|トースターで温めるだけ、解凍の手間なし
C|■サービス概要
C|サービス名：パンのたより
C|開始日：2024年6月1日（土）
C|料金：月額2,980円（税込・送料別）
C|送料：全国一律800円（北海道・沖縄は1,200円）
C|お届け：毎月第2土曜日前後
C|申込方法：特設サイトより受付
C|■今後の展開
C|2024年内に提携店舗を100店舗まで拡大し、アレルギー対応パンやグルテンフリー商品のコースも追加する予定です。
C|■会社概要
C|会社名：株式会社ミナモフーズ
C|所在地：静岡県浜松市中央区〇〇町1-2-3
C|代表者：代表取締役 水野 恵
C|設立：2011年4月
C|資本金：3,000万円
C|事業内容：冷凍食品の企画・物流、食品EC事業
C|【本件に関するお問い合わせ】
C|株式会社ミナモフーズ 広報担当：石田
C|TEL：053-000-0000　MAIL：press@minamo-foods.example
B|このリリースに関するキーワード
B|サブスクリプション
B|冷凍食品
B|パン
B|本ページに掲載されているプレスリリースの内容は、発表日時点の情報です。記載されている価格、仕様、サービス内容等は予告なく変更される場合があります。また、本ページの情報は配信元企業から提供されたものであり、当サービスは内容の正確性や完全性について一切の責任を負いません。リリース内容に関するお問い合わせは、各配信元企業へ直接ご連絡ください。
B|株式会社ミナモフーズのプレスリリース一覧
B|この企業の最新リリース
B|浜松の老舗和菓子店と共同開発、冷凍どら焼きを発売
B|© Press Release Distribution Inc.
"""
JA_141 = """B|ゆるっとベランダ菜園日記
B|ホーム
B|家庭菜園
B|プランター
B|おすすめ道具
B|お問い合わせ
B|ホーム › 家庭菜園 › ミニトマト
C|ベランダのミニトマト栽培、3年失敗して分かった5つのこと
B|2024.05.12
B|2024.06.03
B|スポンサーリンク
B|目次
B|はじめに
B|1. 苗は「節間が詰まったもの」を選ぶ
B|2. 土は元肥入りで十分
B|3. 支柱は最初から立てる
B|4. わき芽はこまめに
B|5. 水やりは「乾いてから」
B|まとめ
C|はじめに
C|こんにちは、みどりです。ベランダでミニトマトを育て始めて、今年で4年目になります。
C|最初の3年間は、実がならない、割れる、葉が丸まるなど、思いつく失敗はほぼ全部やりました。
C|今回は同じように悩んでいる方に向けて、やってよかったことをまとめてみます。
C|1. 苗は「節間が詰まったもの」を選ぶ
C|ホームセンターで苗を選ぶときは、背の高さより茎の太さを見ます。
C|葉と葉の間隔が短く、がっしりした苗のほうが、その後の生育が安定しました。
C|2. 土は元肥入りで十分
C|最初の年は張り切って自分で配合しましたが、肥料が多すぎて葉ばかり茂りました。
C|初心者のうちは市販の野菜用培養土で十分です。
C|3. 支柱は最初から立てる
C|植え付けと同時に支柱を立てておくと、あとから根を傷つけずに済みます。
C|4. わき芽はこまめに
C|週に2回、朝の水やりのついでにチェックしています
B|わき芽を摘んだあとの様子（写真はイメージです）
C|小さいうちなら指で簡単に取れます。
C|5. 水やりは「乾いてから」
C|毎日あげていた頃は、実が割れてばかりでした。
C|土の表面が乾いて、プランターを持ち上げて軽く感じたらたっぷり、が今のルールです。
C|まとめ
C|苗選び
C|元肥入りの土
C|最初から支柱
C|わき芽かき
C|乾いてから水やり
C|この5つを守るだけで、去年は1株から200個近く収穫できました。
B|この記事が気に入ったらフォローしてね
B|ツイート
B|シェア
B|はてブ
B|Pocket
B|この記事を書いた人
B|みどり
B|関東在住の会社員。築30年のマンションの南向きベランダで、ミニトマト、バジル、ししとうなどを育てています。園芸の資格は持っていませんが、失敗の数なら誰にも負けません。平日は仕事終わりの水やり、週末はホームセンター巡りが楽しみ。このブログでは、狭いスペースでも気軽に始められる野菜づくりのコツを、実体験ベースでお届けしています。
B|プロフィール詳細はこちら
B|関連記事
B|プランターでバジルを1年中育てる方法
B|ししとうが辛くなる原因と対策
B|コメントを残す
B|メールアドレスが公開されることはありません。
B|カテゴリー
B|家庭菜園 (42)
B|アーカイブ
B|2024年6月
B|2024年5月
B|© 2024 ゆるっとベランダ菜園日記
"""
JA_142 = """B|くらしとからだ
B|ニュース
B|健康
B|マネー
B|ライフ
B|ログイン
B|会員登録
B|トップ > 健康 > 働き方
C|在宅勤務の「座りすぎ」、1時間に一度立つだけで何が変わるのか
C|コロナ禍以降、在宅勤務が定着した一方で、1日の大半を椅子の上で過ごす人が増えている。座りすぎは腰痛だけでなく、血糖値や血流にも影響するとされる。専門家の話と研究データから、手軽な対策を探った。
B|仕事のムダ、まだ手作業で消していませんか？
B|業務管理ツール「タスクノート」なら、チームの進捗がひと目で分かり、会議の時間を半分に。
B|今すぐ無料で試す
B|クレジットカード登録不要・3分で始められます
B|PR
B|文／佐藤みのり（医療ライター）
B|2024年5月28日 06:00
B|目次
B|座っている時間は世界でも長い
B|「立つ」だけで血糖値に差
B|今日からできる3つの工夫
C|座っている時間は世界でも長い
C|日本の成人が平日に座って過ごす時間は、国際的な調査でも上位に入るとされる。特にデスクワーク中心の人は、通勤がなくなったことで歩く機会がさらに減った。
C|都内の会社員の女性（38）は「気づけば朝9時から夕方まで、昼食以外ほとんど立っていなかった」と話す。
B|写真はイメージです（PIXTA）
C|「立つ」だけで血糖値に差
C|海外の研究では、長時間座り続けた場合と、30分ごとに数分間立ったり歩いたりした場合を比べると、後者で食後の血糖値の上昇が抑えられたという報告がある。
C|The authors concluded that “regular interruptions to sitting time may be a simple and practical strategy for improving metabolic health in office workers.”
C|産業医の田中医師は「激しい運動をする必要はありません。大事なのは、座り続ける時間を途切れさせることです」と説明する。
C|今日からできる3つの工夫
C|オンライン会議のうち1つは立って参加する
C|スマートフォンのタイマーを50分にセットする
C|飲み物は一度に用意せず、こまめに取りに行く
C|田中医師は「完璧を目指すと続きません。まずは1日3回、立つ回数を増やすところから始めてほしい」と話している。
B|参考文献
B|URLをコピーしました
B|この記事をシェアする
B|関連記事
B|腰痛持ちの在宅ワーカーが選ぶべき椅子の条件とは 専門家に聞いた
B|在宅勤務で太った人が最初に見直すべき「朝の30分」。運動よりも先に変えるべき習慣を、管理栄養士が具体的な献立とともに紹介する。
B|注目のゲーム攻略
B|序盤で差がつく、「ブルーアーカイブ」総力戦の立ち回り解説
B|無課金でも勝てる、「ウマ娘」チャンミ向け育成論まとめ
B|今から始める、「モンスト」最新イベント周回パーティ
B|強キャラ判明、「ポケモンユナイト」最新ティアランキング
B|初心者必見、「原神」フォンテーヌ探索の効率ルート
B|最強はどれ、「スプラトゥーン3」おすすめブキ構成
B|人気俳優が電撃結婚を発表 お相手は一般女性日本代表エースが今季15号 試合後に語った本音血管年齢が若い人が毎朝やっている習慣とは話題のスマホゲームに大型アップデート 新キャラ性能がヤバい
B|© 2024 くらしとからだ編集部
"""
EN_140 = """B|HomeFix Forums
B|What's new
B|Forums
B|Guides
B|Marketplace
B|Log in
B|Register
B|Forums › Heating & Cooling › Heat Pumps
C|Heat pump short cycling in mild weather – is this normal?
B|Thread starter greyhouse_dan · Start date 14 Mar 2024 · Replies: 5
B|greyhouse_dan
B|Member · Joined Nov 2021 · Messages 38
C|Our air-source heat pump was fitted last October and during the cold spells it ran beautifully: long, steady cycles and the house sat at 20°C without any fuss. Since the weather turned mild, around 10 to 12°C outside, it starts, runs for maybe six or seven minutes, shuts off, and fires up again about a quarter of an hour later.
C|The installer says it's "just modulating", but that doesn't sound like modulation to me. Should I push back on this or am I overthinking it?
B|Quote
B|Reply
B|Report
B|FrostlineHVAC
B|Verified installer · Joined Mar 2018 · Messages 4,112
C|Short answer: some cycling in the shoulder season is expected, but seven-minute runs are on the short side.
C|Every unit has a minimum output it can't go below. Once the heat loss of the house drops under that floor, the compressor has no choice but to stop and start. Three things worth checking first:
C|Flow temperature – if it's set high, the water loop is satisfied quickly and the unit stops
C|Weather compensation – a curve that's steeper than it needs to be causes exactly this
C|Zone valves – if half the rooms close off, the system volume drops
C|Ask the installer for the minimum modulation figure of your model and compare it with your heat loss at 10°C. If the minimum is higher, no setting will fully cure it.
B|Quote
B|Reply
B|Like (12)
B|Advertisement
B|Thinking about pairing solar panels with your heat pump? Compare up to three no-obligation quotes from vetted local installers in under two minutes and find out how much you could knock off your bills this year.
B|greyhouse_dan
B|Member · Joined Nov 2021 · Messages 38
C|Thanks, that's really helpful. Flow temperature is fixed at 45°C and there's no weather curve active at all. I didn't even know that was an option on this controller.
B|Quote
B|Reply
B|Maple_and_Brick
B|Well-known member · Joined Jan 2020 · Messages 611
C|A fixed 45°C with no curve would explain it. We had the same setup. Once ours was switched to a curve giving roughly 32°C flow at 10°C outside, runs went from ten minutes to well over an hour.
C|One tip: change it in small steps, one point at a time, and give each change two or three days before you judge it.
B|Quote
B|Reply
B|Like (7)
B|greyhouse_dan
B|Member · Joined Nov 2021 · Messages 38
C|Update, 21 March
C|Curve is now active, starting at 35°C flow at 7°C outside. Runs average about 50 minutes and our electricity use for the week dropped by around 18%. Marking this one as solved – thanks both.
B|Quote
B|Reply
B|Like (4)
B|You must log in or register to reply here.
B|Similar threads
B|Defrost cycles every 30 minutes – too often?
B|Buffer tank or no buffer tank for a 7 kW monobloc?
B|Neighbour complaining about noise from the outdoor unit
B|Upsizing radiators before a heat pump install: worth it?
B|Legionella cycle running every night – can I turn it off?
B|Share:
B|Facebook
B|Email
B|Copy link
B|This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing to use this site, you are consenting to our use of cookies.
B|Accept
B|Learn more…
B|Contact us · Terms and rules · Privacy policy · Help
B|© 2024 HomeFix Community Ltd. Advice given by members is not professional advice; always consult a qualified engineer before altering gas, electrical or refrigerant systems.
"""
EN_141 = """B|TechNest
B|Reviews
B|Best Picks
B|Deals
B|How-To
B|Newsletter
B|Home › Reviews › Home Appliances › Vacuums
C|Alto Vireo S9 review: a cordless vacuum that finally gets the battery right
B|By Hannah Corliss · Updated 3 June 2024 · 9 min read
B|When you buy through links on our site, we may earn an affiliate commission. Here's how it works.
B|The Vireo S9 with its floor head, crevice tool and wall dock. (Photo: Hannah Corliss / TechNest)
C|Cordless stick vacuums have improved enormously over the last five years, but most still share one weakness: the battery. Run them on the strongest setting and you're lucky to get through a single floor before the motor sputters out. Alto's Vireo S9 tackles the problem head-on with a swappable pack and a noticeably more efficient motor, and after six weeks of testing in a two-storey house with a shedding dog, I think it largely succeeds.
C|Specifications
C|Weight: 2.6 kg
C|Battery: 2 × 4,000 mAh, swappable
C|Claimed runtime: up to 70 minutes (eco mode)
C|Bin capacity: 0.6 litres
C|Filtration: sealed HEPA H13
C|Charging time: 3.5 hours
C|Price: £429
C|Design and setup
C|The S9 arrives almost fully assembled. You click the wand into the motor body, slot the floor head on, and you're done. The wall dock is the one fiddly part: it needs two screws and charges one battery on the vacuum and a second in a separate bay, which means a fresh pack is always waiting.
C|At 2.6 kg it isn't the lightest stick we've tested, but the weight sits close to the handle, so cleaning above door frames and along curtain rails never felt like a workout.
B|Read also: The best robot vacuums for pet hair we've tested this year
C|Cleaning performance
C|On carpet, the S9 lifted 97% of our standard test mix of flour, rice and cat litter in a single pass on normal mode, which puts it among the best machines we have measured. The anti-tangle brush bar lived up to its name: after six weeks of spaniel hair, there wasn't a single strand wound around it.
C|Hard floors were almost as good, although the motorised head occasionally pushed larger cereal pieces ahead of it rather than swallowing them. Switching to the soft roller attachment solved that.
B|Advertisement
B|Spring clean for less: save up to 30% on selected floorcare at HomeWorks this week only. Free next-day delivery on orders over £50, plus an extra year of warranty when you register your product online.
C|Battery life
C|In eco mode a single pack lasted 36 minutes in our tests, normal mode managed 24, and boost mode just under nine. With the second battery swapped in, I could clean the whole house on normal mode and still have charge left over, something I've never managed with a stick vacuum before.
C|Pros
C|Swappable battery genuinely doubles runtime
C|Excellent on pet hair, no tangling
C|Quiet in normal mode
C|Cons
C|Small bin for a large home
C|Wall dock needs drilling
C|Pricier than most rivals
C|Verdict
C|The Vireo S9 isn't cheap, and its bin fills up faster than we'd like, but it is the first cordless vacuum I'd happily recommend as the only vacuum in a family home. If battery anxiety has kept you tethered to a corded machine, this is the one to try.
B|Share this article
B|Facebook
B|X
B|Copy link
B|Link copied!
B|Tags: vacuum cleaners, cordless, Alto, home appliances
B|About the author
B|Hannah Corliss is a senior reviewer at TechNest, where she has covered home appliances and smart-home gadgets since 2016. Before that she spent eight years as a product engineer at a kitchen appliance manufacturer, which is why she still takes things apart when nobody is looking. She lives in Leeds with her partner, two children and a spaniel who is the unofficial chief tester of every vacuum that comes through the door.
B|More from TechNest
B|Cordless vs corded: which vacuum actually cleans better?
B|We ran both through the same flour-and-rice test on thick carpet, and the result surprised us.
B|The five best budget stick vacuums under £200
B|How to clean a vacuum filter (and how often you really should)
B|Robot mops tested: are they worth the money yet?
B|Our favourite air purifiers for hay fever season
B|Get the best deals first
B|Sign up for our weekly newsletter and never miss a price drop.
B|Subscribe
B|TechNest is part of Linden Media Group. © 2024 Linden Media Group Ltd. All rights reserved. Registered in England and Wales.
"""
DE_140 = """B|Hochschule Nordheide
B|Studium
B|Forschung
B|Hochschule
B|International
B|Karriere
B|Suche
B|English
B|Startseite > Studium > Studienorganisation > Rückmeldung
C|Rückmeldung und Beurlaubung zum Wintersemester 2024/25
B|Veröffentlicht am 12.06.2024 | Studierendenservice
C|Alle Studierenden, die ihr Studium im Wintersemester 2024/25 an der Hochschule Nordheide fortsetzen möchten, müssen sich innerhalb der unten genannten Frist zurückmelden. Die Rückmeldung erfolgt ausschließlich durch fristgerechte Zahlung des Semesterbeitrags; ein gesonderter Antrag ist nicht erforderlich.
C|1. Rückmeldezeitraum
C|Der Rückmeldezeitraum beginnt am 1. Juli 2024 und endet am 15. August 2024. Maßgeblich ist der Tag der Gutschrift auf dem Konto der Hochschule, nicht der Tag der Überweisung.
C|Stichtag: 15. August 2024
C|2. Zusammensetzung des Semesterbeitrags
C|Verwaltungskostenbeitrag: 50,00 Euro
C|Beitrag Studierendenwerk: 98,00 Euro
C|Beitrag Studierendenschaft: 22,50 Euro
C|Deutschlandsemesterticket: 176,40 Euro
C|Gesamt: 346,90 Euro
C|3. Verspätete Rückmeldung
C|Geht der Beitrag nach Ablauf der Frist, jedoch bis spätestens 30. September 2024 ein, wird eine Säumnisgebühr von 15,00 Euro erhoben. Studierende, die sich bis zu diesem Tag nicht zurückgemeldet haben, werden gemäß § 14 der Immatrikulationsordnung von Amts wegen exmatrikuliert.
B|Lesen Sie auch: Neues Campusmanagement-System – was sich ab Oktober ändert
C|4. Beurlaubung
C|Eine Beurlaubung ist aus wichtigem Grund möglich, insbesondere bei
C|Krankheit von voraussichtlich mehr als drei Monaten
C|Auslandsstudium oder Auslandspraktikum
C|Pflege naher Angehöriger
C|Schwangerschaft und Elternzeit
C|Der Antrag ist mit den erforderlichen Nachweisen bis zum Ende des Rückmeldezeitraums über das Studierendenportal einzureichen. Beurlaubte Studierende zahlen den Beitrag für das Studierendenwerk und, sofern keine Befreiung beantragt wird, für das Semesterticket.
C|5. Befreiung vom Semesterticket
C|Studierende, die sich während des gesamten Semesters im Ausland aufhalten oder aufgrund einer Behinderung den öffentlichen Nahverkehr nicht nutzen können, können eine Befreiung beim AStA beantragen. Die Erstattung erfolgt in der Regel innerhalb von sechs Wochen nach Bewilligung.
C|6. Bankverbindung
C|Empfänger: Hochschule Nordheide
C|IBAN: DE41 2405 0110 0000 4471 20
C|Verwendungszweck: Matrikelnummer, Name, Vorname
B|Seite drucken
B|Als PDF herunterladen
B|Teilen
B|Hinweis: Diese Bekanntmachung dient ausschließlich der Information. Rechtlich verbindlich sind allein die im Amtlichen Mitteilungsblatt der Hochschule Nordheide veröffentlichten Ordnungen in ihrer jeweils gültigen Fassung. Trotz sorgfältiger Prüfung kann für die Richtigkeit und Vollständigkeit der Angaben keine Gewähr übernommen werden. Bei Abweichungen gilt stets die amtliche Fassung.
B|Kontakt
B|Studierendenservice – Team Rückmeldung
B|Gebäude A, Raum 0.14
B|Telefon: 04131 677-2200
B|E-Mail: rueckmeldung@hs-nordheide.de
B|Sprechzeiten: Mo–Do 9–12 Uhr
B|Weitere Meldungen
B|Bewerbungsphase für Masterstudiengänge verlängert
B|Semesterticket: Ausgabe der digitalen Tickets startet im September
B|Die Tickets werden künftig ausschließlich in der Hochschul-App angezeigt; eine Chipkarte wird nicht mehr ausgegeben.
B|Bibliothek mit erweiterten Öffnungszeiten in der Prüfungsphase
B|Infotag für Erstsemester am 7. Oktober
B|Wir verwenden Cookies, um unsere Website nutzerfreundlich zu gestalten. Einige davon sind technisch notwendig, andere helfen uns, die Nutzung der Seite statistisch auszuwerten. Sie können selbst entscheiden, welche Kategorien Sie zulassen möchten.
B|Alle akzeptieren
B|Nur notwendige
B|Impressum | Datenschutz | Barrierefreiheit | © 2024 Hochschule Nordheide
"""
IT_140 = """B|Cucina di Casa
B|Ricette
B|Primi piatti
B|Secondi
B|Dolci
B|Video
B|Accedi
B|Home > Ricette > Primi piatti > Minestre
C|Pasta e ceci cremosa alla romana
B|Di Giulia Ferretti | 18 ottobre 2024
B|★★★★★ 4,8 (231 voti)
C|La pasta e ceci è uno di quei piatti che a Roma si preparavano il venerdì, quando la carne restava fuori dalla tavola. Povera negli ingredienti ma ricchissima di sapore, diventa cremosa grazie a una parte dei ceci frullati e al rosmarino che profuma il fondo. Questa è la versione che faccio da anni, con i ceci secchi messi in ammollo la sera prima.
B|Pasta e ceci servita in una fondina con un filo d'olio a crudo. Foto: Giulia Ferretti
C|Difficoltà: facile
C|Preparazione: 20 minuti
C|Cottura: 2 ore e 15 minuti
C|Dosi per: 4 persone
C|Ingredienti
C|300 g di ceci secchi
C|200 g di ditalini rigati
C|1 spicchio d'aglio
C|2 rametti di rosmarino
C|2 filetti di acciuga sott'olio
C|1 cucchiaio di concentrato di pomodoro
C|olio extravergine d'oliva q.b.
C|sale e pepe nero q.b.
C|Preparazione
C|1. La sera prima mettete i ceci in una ciotola capiente, copriteli con abbondante acqua fredda e lasciateli in ammollo per almeno 12 ore.
C|2. Scolate i ceci, sciacquateli e trasferiteli in una pentola con 2 litri d'acqua e un rametto di rosmarino. Cuoceteli a fuoco dolce, con il coperchio, per circa 2 ore, finché si schiacciano facilmente tra le dita. Salate solo a fine cottura.
B|Leggi anche: Zuppa di lenticchie e castagne, il comfort food d'autunno
C|3. In una casseruola scaldate quattro cucchiai d'olio con l'aglio schiacciato, le acciughe e l'altro rametto di rosmarino. Quando le acciughe si saranno sciolte, aggiungete il concentrato e fatelo tostare per un minuto.
C|4. Eliminate aglio e rosmarino, unite i ceci con circa un litro della loro acqua di cottura e lasciate insaporire per 10 minuti. Prelevate un terzo dei ceci, frullateli e rimetteteli nella casseruola.
C|5. Versate la pasta direttamente nella minestra e cuocetela mescolando spesso, aggiungendo altra acqua di cottura dei ceci se si asciuga troppo. Deve risultare cremosa, non asciutta.
C|6. Spegnete, lasciate riposare due minuti e servite con pepe macinato al momento e un filo d'olio a crudo.
C|Il consiglio
C|Se avete fretta potete usare ceci già cotti in barattolo: sciacquateli bene e partite direttamente dal punto 3, usando brodo vegetale al posto dell'acqua di cottura. Il risultato sarà un po' meno vellutato, ma comunque ottimo.
C|Conservazione
C|La pasta e ceci si conserva in frigorifero per un giorno in un contenitore chiuso. Scaldandola tenderà ad addensarsi: aggiungete un mestolo d'acqua calda.
B|Pubblicità
B|Le pentole in ghisa smaltata Fornovivo distribuiscono il calore in modo uniforme e trattengono la temperatura a lungo, perfette per zuppe e stufati. Solo per questa settimana, spedizione gratuita e uno sconto del 20% con il codice AUTUNNO20.
B|Ti è piaciuta questa ricetta? Condividila!
B|Facebook
B|Pinterest
B|WhatsApp
B|Tag: legumi, ceci, primi piatti, cucina romana, ricette povere
B|Iscriviti alla newsletter
B|Ogni giovedì tre ricette di stagione direttamente nella tua casella di posta.
B|Iscriviti
B|Ricette correlate
B|Pasta e fagioli alla veneta
B|Con il radicchio tardivo e un cucchiaio di lardo, la versione delle osterie trevigiane.
B|Minestrone di verdure invernali
B|Vellutata di zucca e zenzero
B|Zuppa di farro e porcini
B|Hummus di ceci fatto in casa
B|14 commenti
B|Lascia un commento
B|Utilizziamo cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti pubblicità in linea con le tue preferenze. Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici.
B|Accetta tutti
B|Personalizza
B|© 2024 Cucina di Casa S.r.l. – P.IVA 04718250963 – Tutti i diritti riservati
"""
PT_140 = """B|Jornal do Vale
B|Últimas
B|Cidades
B|Política
B|Economia
B|Esportes
B|Assine
B|Entrar
B|Início / Cidades / Região Serrana
B|AO VIVO
C|Temporal na Região Serrana: acompanhe a situação em São Bento do Vale
B|Por Redação Jornal do Vale | Atualizado há 4 minutos
C|Chuva intensa desde a madrugada provocou alagamentos, quedas de barreira e interrupção no fornecimento de energia em bairros de São Bento do Vale e de cidades vizinhas. A Defesa Civil mantém alerta máximo até a manhã de quinta-feira. Acompanhe abaixo as atualizações.
B|Moradores atravessam rua alagada no bairro Jardim das Flores. Foto: Marcos Antunes/Jornal do Vale
C|18h47 – A prefeitura confirmou que as aulas da rede municipal estão suspensas nesta quinta-feira (12). A decisão vale para as 34 escolas da cidade.
C|18h20 – O nível do Rio Pardinho chegou a 4,9 metros, segundo a última medição da Defesa Civil. A cota de transbordamento é de 5,2 metros.
C|17h58 – Moradores da Rua das Acácias relatam que a água já entrou em pelo menos dez casas. Equipes do Corpo de Bombeiros estão no local com dois botes.
C|"Em vinte anos morando aqui nunca vi a água subir tão rápido."
C|A frase é da aposentada Lúcia Martins, de 67 anos. Ela conta que a família conseguiu levar os móveis para o andar de cima antes do pior.
B|Publicidade
B|Proteja sua casa com o seguro residencial que cobre danos elétricos e alagamentos. Faça uma cotação on-line em poucos minutos e ganhe o primeiro mês grátis na contratação até domingo.
C|17h15 – A concessionária de energia informou que cerca de 8.300 imóveis estão sem luz. Não há previsão de restabelecimento nos bairros mais atingidos.
C|16h40 – A rodovia SV-120 foi interditada nos dois sentidos no km 32 após a queda de uma barreira. Não há feridos. O desvio está sendo feito pela estrada do Alto Grande.
B|Leia também: Como pedir o saque do FGTS em caso de calamidade
C|16h05 – Abrigos abertos pela prefeitura:
C|Ginásio Municipal Antônio Reis – Rua XV de Novembro, 410
C|Escola Estadual Padre Anchieta – Av. Brasil, 1.280
C|Salão paroquial da Igreja Matriz – Praça Central
C|15h30 – A Defesa Civil pede que moradores de áreas de encosta deixem suas casas preventivamente. Em caso de emergência, o telefone é 199.
B|Equipe da Defesa Civil monitora encosta no bairro Morro Alto. Foto: Divulgação/Prefeitura de São Bento do Vale
C|14h52 – Em três horas, a estação meteorológica do aeroporto registrou 112 milímetros de chuva, mais do que o esperado para todo o mês de março.
C|14h10 – Começamos aqui a cobertura ao vivo do temporal. Moradores podem enviar fotos e vídeos pelo WhatsApp da redação, informando o bairro e o horário.
B|Compartilhe
B|WhatsApp
B|Facebook
B|X
B|Copiar link
B|Link copiado!
B|Tópicos: chuvas, Defesa Civil, São Bento do Vale, Região Serrana
B|Receba as principais notícias da região no seu e-mail. Cadastre-se gratuitamente na nossa newsletter.
B|Cadastrar
B|Mais lidas
B|Prefeitura anuncia novo calendário de vacinação contra a gripe
B|Feira do produtor muda de endereço a partir de abril
B|Comerciantes da Rua Direita reclamam da falta de estacionamento
B|Após reforma, teatro municipal reabre com programação gratuita
B|A primeira semana terá apresentações de grupos locais e um concerto da orquestra de câmara da cidade.
B|Vestibular da universidade estadual tem inscrições prorrogadas
B|Usamos cookies para melhorar sua experiência e personalizar publicidade. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
B|Aceitar
B|© 2024 Jornal do Vale. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita.
"""
PL_140 = """B|PressHub.pl
B|Komunikaty
B|Biznes
B|Technologie
B|Zdrowie
B|Dodaj komunikat
B|Zaloguj się
B|Strona główna » Komunikaty » Technologie
B|Informacja prasowa
C|LumaTech otwiera w Rzeszowie centrum badawczo-rozwojowe i zatrudni 250 inżynierów
B|Dodano: 4 czerwca 2024, 10:15 | Źródło: LumaTech S.A.
C|Rzeszów, 4 czerwca 2024 r. – Spółka LumaTech, producent systemów oświetlenia dla przemysłu i rolnictwa szklarniowego, otworzyła dziś nowe centrum badawczo-rozwojowe w Rzeszowie. Inwestycja o wartości 86 mln zł to największy w historii firmy projekt realizowany poza siedzibą główną w Krakowie.
B|Budynek centrum badawczo-rozwojowego LumaTech przy ul. Przemysłowej. Fot. materiały prasowe LumaTech
C|W nowym obiekcie o powierzchni 7 tys. m² powstały laboratoria optyczne, komora klimatyczna do testów opraw w warunkach wysokiej wilgotności oraz hala prototypowa. Do końca 2026 roku firma planuje zatrudnić w centrum 250 inżynierów i techników, w tym absolwentów lokalnych uczelni technicznych, z którymi współpracuje od trzech lat.
C|„Rzeszów daje nam dostęp do świetnie przygotowanych specjalistów i bliskość kluczowych klientów w Europie Środkowo-Wschodniej” – mówi Katarzyna Wolańska, prezes zarządu LumaTech. „Chcemy, aby w ciągu pięciu lat co trzecia nowa technologia w naszym portfolio powstawała właśnie tutaj”.
C|Najważniejsze informacje o inwestycji
C|wartość inwestycji: 86 mln zł
C|powierzchnia: 7000 m²
C|planowane zatrudnienie: 250 osób do końca 2026 r.
C|pierwsze projekty: oprawy LED dla upraw wertykalnych i systemy sterowania widmem światła
B|Czytaj także: Rynek oświetlenia przemysłowego w Polsce będzie rósł o 9 proc. rocznie
C|Centrum otrzymało wsparcie w ramach Polskiej Strefy Inwestycji w postaci zwolnienia z podatku dochodowego. Pierwsze zespoły rozpoczęły pracę już w kwietniu, a pełna zdolność operacyjna ma zostać osiągnięta w pierwszym kwartale przyszłego roku.
C|Spółka zapowiada również program płatnych staży dla studentów ostatnich lat kierunków elektronicznych i automatyki. Rekrutacja do pierwszej edycji ruszy we wrześniu.
C|O firmie LumaTech
C|LumaTech S.A. to polski producent profesjonalnych systemów oświetleniowych, założony w 2009 roku w Krakowie. Firma projektuje i wytwarza oprawy LED dla zakładów przemysłowych, magazynów i upraw szklarniowych, a jej produkty trafiają do ponad 40 krajów. Spółka zatrudnia obecnie ok. 900 osób i posiada trzy zakłady produkcyjne w Polsce.
B|Kontakt dla mediów:
B|Marta Zielonka
B|Rzeczniczka prasowa LumaTech S.A.
B|tel. +48 12 345 67 00
B|e-mail: media@lumatech-sa.pl
B|Reklama
B|Prowadzisz firmę i chcesz, by o Twoim sukcesie usłyszały media? Z pakietem Dystrybucja Premium Twój komunikat trafi do ponad 3000 redakcji w całej Polsce, a szczegółowy raport z publikacji otrzymasz już po 48 godzinach.
B|Tagi: LumaTech, Rzeszów, inwestycje, centrum B+R, oświetlenie LED
B|Udostępnij:
B|Facebook
B|LinkedIn
B|X
B|Za treść powyższego komunikatu odpowiada wyłącznie jego nadawca. Serwis PressHub.pl nie ponosi odpowiedzialności za prawdziwość ani kompletność zamieszczonych w nim informacji. Publikacja komunikatu nie oznacza, że redakcja podziela zawarte w nim opinie. Wszelkie roszczenia należy kierować bezpośrednio do podmiotu, który przekazał materiał.
B|Zobacz także
B|Nowa fabryka komponentów w Mielcu. Inwestor zapowiada 180 miejsc pracy
B|Zakład ma ruszyć w drugiej połowie przyszłego roku, a produkcja trafi głównie na eksport.
B|Polski startup agritech pozyskał 12 mln zł od funduszy VC
B|Ranking pracodawców branży IT 2024: kto przyciąga inżynierów
B|Energooszczędne oświetlenie w magazynach – jak obniżyć rachunki o 40 proc.
B|Spółka z Podkarpacia wchodzi na rynek skandynawski
B|Zapisz się do newslettera i otrzymuj najważniejsze komunikaty z Twojej branży raz w tygodniu.
B|Zapisz się
B|Ta strona korzysta z plików cookie w celu realizacji usług zgodnie z Polityką prywatności. Możesz określić warunki przechowywania lub dostępu do cookie w Twojej przeglądarce.
B|Akceptuję
B|© 2024 PressHub.pl | Regulamin | Polityka prywatności | Kontakt
"""
ID_140 = """B|RumahHijau.id
B|Beranda
B|Berkebun
B|Dekorasi
B|DIY
B|Gaya Hidup
B|Masuk
B|Beranda » DIY » Berkebun
C|Cara Membuat Kompos Takakura Sendiri di Rumah, Cocok untuk Lahan Sempit
B|Ditulis oleh Rina Puspitasari | Kamis, 16 Mei 2024 | 08:30 WIB
C|Sampah dapur seperti sisa sayur, kulit buah, dan ampas kopi sebenarnya bisa diolah menjadi pupuk yang bermanfaat untuk tanaman. Salah satu metode yang paling praktis untuk rumah tangga di perkotaan adalah kompos Takakura, yang hanya membutuhkan keranjang berlubang dan tidak menimbulkan bau jika dirawat dengan benar.
B|Keranjang Takakura siap pakai dengan bantal sekam di bagian atas dan bawah. (Foto: RumahHijau.id/Dimas Aditya)
C|Apa yang Anda butuhkan
C|1 keranjang plastik berlubang dengan tutup
C|2 bantal sekam dari kain kasa atau jaring
C|kardus bekas seukuran keranjang
C|kompos jadi sebagai starter, sekitar 5 kg
C|kain hitam berpori untuk penutup
C|sarung tangan dan sekop kecil
C|Langkah-langkah
C|1. Lapisi bagian dalam keranjang dengan kardus bekas. Kardus berfungsi menjaga kelembapan dan mencegah belatung masuk dari luar.
C|2. Letakkan satu bantal sekam di dasar keranjang, lalu masukkan kompos starter hingga kira-kira dua pertiga tinggi keranjang.
C|3. Cacah sampah dapur menjadi potongan kecil, sekitar 2 cm. Semakin kecil potongannya, semakin cepat proses penguraian berlangsung.
B|Baca juga: 7 Tanaman Sayur yang Bisa Ditanam di Pot untuk Pemula
C|4. Benamkan sampah yang sudah dicacah ke dalam kompos starter, kemudian aduk hingga tercampur rata dan tidak terlihat dari permukaan.
C|5. Tutup dengan bantal sekam kedua, lalu kain hitam, dan terakhir tutup keranjang. Simpan di tempat teduh yang tidak terkena hujan langsung.
C|6. Ulangi setiap hari. Jika campuran terasa kering, percikkan sedikit air; jika terlalu basah, tambahkan serbuk gergaji atau daun kering.
C|Tips agar kompos tidak berbau
C|Hindari memasukkan daging, tulang, produk susu, dan makanan berminyak karena bahan-bahan tersebut mengundang lalat dan menimbulkan bau busuk. Campuran yang sehat terasa hangat saat disentuh, sekitar 40 hingga 50 derajat Celsius, tanda mikroorganisme sedang bekerja.
C|Kapan kompos siap dipanen?
C|Setelah keranjang penuh, biarkan selama empat minggu tanpa ditambah sampah baru. Kompos matang berwarna cokelat kehitaman, gembur, dan berbau seperti tanah. Ambil dua pertiga bagian untuk dipakai, lalu sisakan sepertiganya sebagai starter putaran berikutnya.
B|Iklan
B|Ingin kebun rumah tumbuh subur tanpa repot? Paket media tanam organik dari TaniKota sudah dicampur pupuk dan sekam bakar, tinggal tuang ke pot. Dapatkan gratis ongkir ke seluruh Jabodetabek selama bulan ini.
B|Bagikan artikel ini:
B|WhatsApp
B|Facebook
B|Telegram
B|Salin tautan
B|Tag: kompos, Takakura, sampah organik, berkebun, zero waste
B|Tentang Penulis
B|Rina Puspitasari adalah penulis lepas yang berfokus pada topik berkebun urban dan gaya hidup ramah lingkungan. Ia mulai mengompos sampah dapurnya sejak 2017 di sebuah rumah petak di Bekasi dan kini aktif membagikan pengalamannya melalui lokakarya di bank sampah dan komunitas warga. Lulusan Agroteknologi ini percaya bahwa perubahan besar bisa dimulai dari dapur sendiri.
B|Artikel Terkait
B|Mengenal Eco Enzyme: Cara Membuat dan Manfaatnya untuk Rumah
B|Cara Menanam Cabai di Polybag agar Berbuah Lebat
B|Tanaman cabai hanya butuh sinar matahari enam jam sehari dan penyiraman yang teratur agar rajin berbuah.
B|Biopori: Solusi Sederhana Mencegah Genangan di Halaman
B|5 Kesalahan Pemula Saat Membuat Kompos
B|Hidroponik Sederhana dari Botol Bekas
B|Dapatkan tips berkebun dan DIY terbaru setiap minggu langsung ke email Anda.
B|Langganan
B|Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie sesuai Kebijakan Privasi kami.
B|Setuju
B|© 2024 RumahHijau.id. Hak cipta dilindungi undang-undang.
"""
TR_140 = """B|Gezgin Dergi
B|Gündem
B|Kültür
B|Seyahat
B|Yaşam
B|Dosyalar
B|Abone Ol
B|Ana Sayfa > Kültür > Dosya
C|Bakırcılar Çarşısı'nda son çekiç sesleri
C|Bir zamanlar yüzlerce ustanın çalıştığı çarşıda bugün yalnızca yedi atölye kaldı. Geride kalanlar, mesleği yaşatmak için hem zamanla hem de ucuz ithal ürünlerle yarışıyor.
B|Yazan: Elif Karaca | Fotoğraflar: Murat Sönmez | 9 Kasım 2024, 11:40
B|Usta Hüseyin Demirtaş, yarım asırlık örsünün başında bir tencerenin kenarını dövüyor. Fotoğraf: Murat Sönmez
C|Sabahın yedisinde çarşının ağır demir kepenkleri teker teker açılırken ilk duyulan ses hâlâ aynı: ince, ritmik, metalik bir tıngırtı. Hüseyin Demirtaş elli iki yıldır aynı dükkânda, aynı örsün başında çalışıyor. On üç yaşında çırak olarak girdiği atölyeyi, ustası vefat ettikten sonra devralmış. "O zamanlar bu sokakta adım atacak yer yoktu," diyor, çayını tezgâhın kenarına bırakırken.
C|Bugün ise sokağın iki yanındaki dükkânların çoğu ya hediyelik eşya satıyor ya da kapalı. Esnaf odasının kayıtlarına göre 1980'lerin başında çarşıda 140'tan fazla bakır atölyesi faaliyet gösteriyordu. Bu sayı şimdi yediye düşmüş durumda.
C|Ucuz ithalatla eşitsiz yarış
C|Ustaların en büyük şikâyeti, makinede preslenip üzeri ince bakırla kaplanan ithal ürünler. Turistlerin çoğu farkı anlamıyor; el dövmesi bir cezve birkaç katı fiyata satılırken yan dükkândaki parlak kopyası dörtte bir fiyatına gidiyor. Demirtaş bir tepsiyi ışığa tutup yüzeyindeki küçük çekiç izlerini gösteriyor: "Makine bunu yapamaz. Her iz, bir vuruş demek."
B|Reklam
B|Kış tatilini şimdiden planlayın: Kapadokya'da iki gece konaklama, balon turu ve akşam yemeği dahil paketlerde erken rezervasyona özel yüzde 25 indirim fırsatını kaçırmayın. Kontenjan sınırlıdır.
C|"Her iz, bir vuruş demek; makine bunu taklit edemez."
C|Çırak bulmak neredeyse imkânsız
C|Atölyelerin geleceğini asıl tehdit eden şey ise çırak yokluğu. Ustalar, gençlerin birkaç yıl boyunca düşük ücretle çalışmayı kabul etmediğini söylüyor. Bakırcı Nevzat Aydın'ın oğlu üniversitede bilgisayar mühendisliği okuyor. "Ona bu mesleği zorla öğretemem," diyor Aydın. "Ama dükkânı kapatınca bu bilgi de benimle birlikte gidecek."
B|Bunu da okuyun: Anadolu'nun unutulan zanaatları: Keçecilikten semerciliğe
C|Belediyenin iki yıl önce başlattığı usta-çırak programı ise sınırlı kaldı. Programa katılan on iki gençten yalnızca üçü eğitimini tamamladı; bunlardan biri şimdi Demirtaş'ın yanında çalışıyor.
B|Nevzat Aydın'ın atölyesinde sipariş bekleyen el dövmesi tencereler. Fotoğraf: Murat Sönmez
C|Yeni bir müşteri kitlesi
C|Yine de çarşıda umut tamamen tükenmiş değil. Son yıllarda bazı ustalar internet üzerinden doğrudan satış yapmaya başladı. Restoranlar ve butik oteller, el yapımı bakır tencere ve servis tabaklarını özel olarak sipariş ediyor. Aydın, siparişlerinin yaklaşık yarısının artık yurt dışından geldiğini söylüyor.
C|Akşamüstü çarşı yeniden sessizliğe gömülürken Demirtaş son tencerenin kulpunu perçinliyor. Ertesi sabah yine yedide burada olacak. "Elim tuttuğu sürece," diyor, "bu kepenk açılacak."
B|Paylaş
B|Facebook
B|X
B|WhatsApp
B|Bağlantı kopyalandı
B|Etiketler: zanaat, bakırcılık, çarşı, el sanatları, kültür mirası
B|Elif Karaca
B|Elif Karaca, 2012'den bu yana kültür ve yaşam alanında muhabirlik yapıyor. Ankara Üniversitesi İletişim Fakültesi'ni bitirdikten sonra çeşitli ulusal gazetelerde çalıştı; Anadolu'da kaybolmaya yüz tutmuş meslekler üzerine hazırladığı yazı dizisi 2021'de bir gazetecilik ödülüne layık görüldü. Şu anda Gezgin Dergi'nin dosya editörü olarak görev yapıyor.
B|Bu içeriğin tüm hakları Gezgin Dergi'ye aittir. İzin alınmadan, kaynak gösterilerek dahi olsa kısmen ya da tamamen kopyalanamaz, çoğaltılamaz ve yayımlanamaz. Alıntılar yalnızca bağlantı verilerek ve iki paragrafı geçmeyecek şekilde yapılabilir.
B|İlgili Haberler
B|Safranbolu'da zamana direnen demirciler
B|Kasabada hâlâ kömür ocağında çalışan üç demirci, atölyelerini ziyaretçilere açıyor.
B|Ebru sanatının genç temsilcileri
B|Kayıp meslekler haritası: Hangi zanaatlar yok oluyor?
B|Bir halı dokuyucusunun kırk yılı
B|Mardin'de telkari ustalarıyla bir gün
B|Bültenimize kaydolun, haftanın en iyi dosyaları her cuma e-posta kutunuzda olsun.
B|Kaydol
B|Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.
B|Tamam
B|© 2024 Gezgin Dergi. Tüm hakları saklıdır.
"""

ZH_CN_150 = """B|首页
B|新闻
B|财经
B|科技
B|体育
B|游戏
B|视频
B|登录
B|注册
B|热门攻略
B|• 《原神》新版本角色培养攻略，突破材料一次备齐
B|• 《王者荣耀》新赛季打野节奏解析，上分必看
B|• 《崩坏：星穹铁道》忘却之庭满星阵容推荐
B|• 《黑神话：悟空》隐藏BOSS位置全汇总
B|• 《和平精英》新地图跳点选择技巧，落地不慌
B|当前位置：首页 > 新闻 > 社会民生
C|江城老旧小区加装电梯提速 今年已有312部投入使用
B|2024-06-18 09:32　来源：江城日报　作者：刘畅　编辑：李文静
B|分享到：微信 微博 QQ空间
B|A- A A+
C|记者从市住房和城乡建设局获悉，截至6月中旬，全市今年已有312部既有住宅加装电梯完成竣工验收并投入使用，另有近200部正在施工，预计年内新增数量将超过去年全年总和。
C|家住东湖区桂园小区的退休教师王秀兰今年七十六岁，住在六楼。她告诉记者，过去一个月只下楼两三次，“上楼要歇三回，膝盖实在受不了”。今年三月单元电梯启用后，她几乎每天都去楼下的菜市场转一圈。
C|“以前觉得是天大的难事，真做起来也就半年。”
C|据了解，老旧小区加装电梯最大的难点在于业主意见统一。低楼层住户担心采光、噪音和房价受影响，高楼层住户则希望尽快动工，双方往往僵持不下。
C|为此，今年起江城推行“一梯一策”协商机制，由街道、社区牵头，邀请设计单位到现场讲解方案，并引入第三方机构评估低楼层住户可能受到的影响。
C|今年加装电梯的主要变化
C|财政补贴由每部15万元提高至20万元
C|审批时限压缩至15个工作日
C|允许提取住房公积金支付个人分摊费用
C|试点“先建后补”和“代建代管”模式
C|市住建局相关负责人介绍，目前全市符合加装条件的老旧住宅约有1.1万个单元，已完成加装的不到三成。下一步将优先在老年人口比例高的片区集中推进，并探索由物业企业统一负责电梯后期维保，避免出现“装得起、养不起”的问题。
C|在费用分摊方面，多数小区采用按楼层递增的方式，一楼通常不出资，二楼少量出资，顶楼分摊比例最高。也有小区约定，由高楼层住户对一楼住户给予一定补偿。
C|楼层	出资比例
C|六楼	30%
C|五楼	25%
C|四楼	20%
C|三楼	15%
C|二楼	10%
C|桂园小区的做法是按上表比例分摊，一楼住户每年还可获得高层住户共同出资的500元补偿，协议期限为十年。
C|社区书记陈刚说，协商前后开了十一次会，有时候一晚上讨论到十点多，“最后签字的那天，大家都松了口气”。
C|业内人士提醒，加装电梯前应查清楼栋地下管线情况，避免施工中出现管线迁改费用超支。同时，业主应明确约定后期维保和电费的分摊方式，并写入书面协议。
B|男子花3万买了辆二手车，开回家才发现后备箱里藏着……她离婚后独自带娃十年，如今儿子考上名校她却哭了90后小伙辞职回村养鸡，一年收入让人不敢相信
B|（责任编辑：张蕾）
B|声明：本文转载仅为传播更多信息之目的，并不代表本网赞同其观点或证实其描述，文章内容仅供参考，不构成任何投资或生活建议。如涉及作品内容、版权和其他问题，请在30日内与本网联系，我们将在第一时间删除内容。
B|相关新闻
B|江城今年将改造老旧小区156个 涉及居民4.2万户
B|加装电梯后一楼住户权益如何保障？多位律师表示，相关补偿协议应明确期限与金额，避免日后产生纠纷。
B|电梯“养老”难题怎么破？这个区试点物业统一维保
B|网友评论
B|登录后发表评论
B|还没有评论，快来抢沙发吧～
B|关于我们 | 联系我们 | 广告服务 | 网站地图 | 违法和不良信息举报
B|Copyright © 2024 江城新闻网 All Rights Reserved　湘ICP备00000000号
"""
ZH_CN_151 = """B|格物小站
B|原创 林一舟 格物小站 2024-03-12 20:05 上海
B|点击上方蓝字“格物小站”关注我们，每天一个生活里的科学问题
C|面包放冰箱，为什么反而更快变硬？
C|导读：很多人以为冷藏能让面包保鲜，其实在0到5℃之间，面包里的淀粉“回生”速度最快。想让面包保持松软，常温密封或者冷冻，才是更合适的办法。
B|广告
B|写周报、做PPT总是熬到深夜？试试「灵犀办公AI」，只要输入一句话，它就能帮你生成完整的大纲、配图和排版，已有超过300万职场人在用。把重复的工作交给它，把晚上的时间留给自己和家人。
B|立即免费试用，无需绑卡
B|▼
C|一、面包变硬，不只是因为“干了”
C|刚出炉的面包之所以松软，是因为面粉里的淀粉在烘烤时吸收了大量水分，淀粉分子的长链被撑开，形成一种松散、无序的结构，科学上叫作“糊化”。
C|面包冷却之后，这些被撑开的淀粉链会慢慢重新靠拢、排列整齐，把水分挤出去，形成类似晶体的结构。这个过程叫作“老化”，也叫“回生”。
C|所以，放了两天的面包摸起来发硬、嚼起来发渣，很多时候并不是水分蒸发掉了，而是水分从淀粉里“跑”到了别处。把硬面包稍微加热，它又会重新变软，就是这个原因。
C|二、冰箱温度，恰好是回生最快的温度
C|淀粉回生的速度和温度有很大关系。温度太高，分子运动太活跃，难以排列整齐；温度太低，分子几乎“冻住”，也没法移动。
C|研究发现，在0℃到5℃左右，淀粉链既能移动，又容易彼此靠拢，回生速度最快。而家用冰箱冷藏室的温度，恰好落在这个区间里。
C|有实验对比过：同一批吐司，冷藏保存一天后的硬度，相当于常温下放置三到四天。
C|冷冻能把淀粉分子“定格”，冷藏却是在给它们“搭积木”的时间。
C|三、那面包到底该怎么保存？
C|1到2天内吃完：常温密封，放在阴凉干燥处
C|3天以上吃完：切片后分装，放入冷冻室
C|已经变硬：表面喷少量水，烤箱170℃加热3到5分钟
C|不建议：直接放冷藏室
C|需要注意的是，夏天气温高、湿度大，常温放置的面包容易发霉。如果室温超过30℃，最好当天吃不完就直接冷冻，而不是放进冷藏室。
C|另外，含有奶油、肉松、沙拉酱等馅料的面包属于易腐食品，不适用上面的方法，应尽快食用。
C|四、米饭和馒头也一样吗？
C|是的。隔夜的米饭变得又干又硬，冷藏后的馒头掉渣，背后都是淀粉回生在起作用。炒饭之所以常用隔夜饭，恰恰是因为回生后的米粒不粘连，更容易炒散。
B|参考资料
B|— END —
B|作者：林一舟　审校：周敏　排版：小格
B|林一舟，食品科学硕士，曾在烘焙企业从事产品研发工作八年，现为全职科普作者，专注于厨房里的化学与物理，相信每一个生活小问题背后都有值得讲清楚的科学，欢迎在后台留言，说说你想知道的问题。
B|本文为格物小站原创，转载请在后台回复“转载”获取授权，未经许可禁止转载。
B|往期推荐
B|为什么切洋葱会流泪？答案和一种酶有关
B|隔夜菜到底能不能吃？我们做了个实验，结果有点意外
B|分享
B|收藏
B|点赞
B|在看
B|阅读原文
B|写留言
"""
ZH_TW_150 = """B|小鹿愛亂跑｜一個人的台灣小旅行
B|首頁
B|台灣旅遊
B|國外旅遊
B|美食
B|住宿開箱
B|關於我
B|搜尋
B|首頁 » 台灣旅遊 » 彰化
C|鹿港半日散策｜老街、九曲巷到摸乳巷，吃一輪在地小吃再回家
B|2024年5月2日 · 小鹿 · 12則留言
B|本文可能含有聯盟行銷連結，若您透過連結購買商品或預訂住宿，小鹿可能獲得少量分潤，但不會影響您支付的價格，所有心得皆為親身體驗，請安心閱讀。
C|每次有朋友問我「彰化有什麼好玩的」，我幾乎都會先推鹿港。這個小鎮不大，半天就能走完主要景點，但每條巷子都藏著故事，很適合不想排太滿行程、只想慢慢散步的人。
C|這次是平日早上從台中出發，十點多抵達，一路吃到下午三點才離開，以下是我整理的路線和心得。
B|文章目錄
B|交通方式
B|鹿港老街
B|九曲巷與摸乳巷
B|必吃小吃清單
C|交通方式
C|自行開車的話，建議把車停在鹿港公會堂附近的收費停車場，假日中午以後很難找位，盡量早點到。搭大眾運輸的朋友，可以從彰化火車站轉乘往鹿港的客運，車程大約四十分鐘。
C|鹿港老街
C|老街的紅磚路面保存得很完整，兩側多是閩南式的長條街屋，門口掛著手寫招牌。早上店家剛開門，遊客還不多，是拍照最好的時間。
B|早上十點的老街還很安靜，紅磚路在陽光下有種暖暖的顏色。（攝影／小鹿）
C|老街上有幾間賣傳統糕餅的老店，鳳眼糕、綠豆糕都可以試吃，我最後買了一盒牛舌餅當伴手禮，薄薄脆脆的，不會太甜。
C|九曲巷與摸乳巷
C|九曲巷之所以彎來彎去，據說是為了擋住冬天強勁的東北季風，也有人說是為了防盜。走在裡面會一直轉彎，完全看不到盡頭，很有探險的感覺。
C|摸乳巷則是出了名的窄，最窄的地方只有七十公分左右，兩個人迎面走來一定得側身才能通過，名字就是這樣來的。
B|摸乳巷最窄處僅容一人通過，假日常要排隊才能走。（攝影／小鹿）
C|如果是夏天來，巷子裡反而比大馬路涼快許多，可以躲一下太陽。
C|必吃小吃清單
C|肉包：老街口那間，皮薄餡多，排隊很快
C|麵茶冰：古早味，甜度剛好
C|蝦猴酥：鹿港特有，配啤酒剛好
C|蚵仔煎：選有現場剝蚵的店家
B|炸得金黃的蝦猴酥，一包一百元。（攝影／小鹿）
C|小提醒：很多小吃店只收現金，而且下午兩點左右就陸續收攤，想吃的東西最好排在上午。週一也有不少店家公休，出發前可以先查一下。
C|整體來說，鹿港很適合當作半日遊或是搭配彰化市區的一日行程。下次想挑個秋天再來，據說那時候的風真的很大，可以體驗一下九曲巷的「擋風功力」。
B|延伸閱讀
B|【台中】審計新村一日遊，文青必逛小店懶人包
B|【彰化】八卦山周邊美食，在地人推薦的5間小吃
B|【雲林】北港朝天宮參拜攻略，附周邊停車資訊
B|【台南】兩天一夜這樣排，古蹟和小吃一次滿足
B|標籤：#鹿港 #彰化旅遊 #老街 #台灣小旅行
B|分享到 Facebook
B|分享到 LINE
B|12則留言
B|阿哲：上個月剛去過！麵茶冰真的很推，可惜那天肉包賣完了。
B|小鹿：下次可以早點去，十一點前通常都還有喔～
B|留下你的留言
B|© 2024 小鹿愛亂跑 版權所有，文章及圖片未經授權請勿轉載。
"""
JA_150 = """B|北野ニュースオンライン
B|トップ
B|地域
B|経済
B|暮らし
B|スポーツ
B|ログイン
B|会員登録
B|トップ ＞ 地域 ＞ 北野市
C|北野市の空き家バンク、登録件数が3年で2倍に　移住者の購入も増加
B|2024年6月10日 12:30　地域ニュース部
B|X（旧Twitter）でシェア
B|Facebookでシェア
B|LINEで送る
B|URLをコピー
B|URLをコピーしました
B|目次
B|空き家バンクの登録件数が倍増
B|移住者向けの改修補助を拡充
B|課題は「相続未登記」
B|今後の見通し
C|北野市は10日、市が運営する「空き家バンク」の登録件数が5月末時点で412件となり、3年前の約2倍に増えたと発表した。成約件数も昨年度は過去最多の96件に達し、このうち約4割が市外からの移住者による購入だった。
C|空き家バンクの登録件数が倍増
C|空き家バンクは、売却や賃貸を希望する所有者の物件情報を市がホームページで紹介する制度。2021年度に登録手数料を無料化し、市の職員が現地調査と写真撮影を代行するようにしたことで、登録が大きく伸びた。
C|市によると、登録物件の多くは築40年以上の木造住宅で、価格は100万円台から500万円台が中心。中には「0円物件」として無償で譲渡されるケースもあるという。
C|移住者向けの改修補助を拡充
C|市は今年度から、空き家を購入して移住する世帯に対し、改修費の補助上限を100万円から150万円に引き上げた。子育て世帯にはさらに50万円を加算する。
C|昨年、東京都内から家族4人で移住した会社員の男性（38）は「リモートワークが中心なので、広い家と庭が手に入ったのは大きい。改修補助がなければ決断できなかった」と話す。
B|【PR】検索順位が上がらないとお悩みのWeb担当者様へ。AIがキーワード選定から記事構成案まで自動で提案する「ランクナビPro」なら、専門知識がなくても上位表示を狙えます。導入企業は3,000社を突破。今なら14日間すべての機能を無料でお試しいただけます。
B|無料トライアルを始める
C|課題は「相続未登記」
C|一方で、登録を希望しても手続きが進まない物件も少なくない。所有者が亡くなった後に相続登記がされておらず、権利関係が複雑になっているケースだ。
C|市の担当者は「相続人が10人以上いて、全員の同意を得るのに1年以上かかった例もある」と説明する。今年4月から相続登記が義務化されたことを受け、市は司法書士会と連携した無料相談会を月1回開いている。
C|主な支援制度
C|改修費補助：上限150万円（子育て世帯は200万円）
C|家財処分費補助：上限20万円
C|相続登記の無料相談：毎月第2土曜日
C|今後の見通し
C|市は2026年度までに登録件数を600件に増やす目標を掲げる。担当者は「空き家は放置すると倒壊や景観悪化のリスクが高まる。早めに相談してほしい」と呼びかけている。
B|この記事をシェアする
B|関連記事
B|隣接する南原町でも移住相談が過去最多に　オンライン相談会が好評
B|「0円物件」に潜む落とし穴とは　専門家は、購入後の解体費や固定資産税を事前に確認すべきだと指摘する。
B|北野市、中心商店街の空き店舗活用に補助金
B|アクセスランキング
B|1 北野駅前に大型商業施設、来春開業へ
B|2 市立病院の外来受付時間を変更
B|利用規約 ｜ プライバシーポリシー ｜ お問い合わせ
B|© 2024 Kitano News Online. All rights reserved. 記事・写真の無断転載を禁じます。
"""
JA_151 = """B|家電ラボ
B|ホーム
B|掃除機
B|キッチン家電
B|生活家電
B|ランキング
B|お問い合わせ
B|ホーム ＞ 掃除機 ＞ コードレス掃除機
B|※本記事はプロモーションを含みます
C|【実機レビュー】カゼノ SV-7を1か月使ってわかった本音　軽さと吸引力は両立できるのか
B|公開日：2024年4月22日　更新日：2024年5月8日
B|この記事を書いた人：たなか（家電ライター）
C|3LDKの我が家で、スティック型のコードレス掃除機「カゼノ SV-7」を1か月ほど毎日使ってみました。結論から言うと、フローリング中心の家なら十分すぎる性能ですが、毛足の長いラグがある家では少し気になる点もありました。
C|この記事では、実際に使ってわかった良い点・気になる点を、スペックとあわせて正直にまとめます。
B|目次
B|スペック
B|メリット
B|デメリット
B|まとめ
C|スペック
C|本体重量：1.4kg
C|運転時間：最大約50分（標準モード）
C|充電時間：約3.5時間
C|ダストカップ容量：0.4L
C|付属品：隙間ノズル、ブラシノズル、壁掛けスタンド
C|実勢価格：約34,800円
C|特筆すべきは本体の軽さです。1.4kgというのは、同じ価格帯の他社製品と比べても一段軽い部類で、階段や棚の上を掃除するときに手首への負担がほとんどありません。
C|吸引力は標準モードでもフローリングの砂やパン屑をしっかり吸い取ってくれました。強モードにすると運転時間は約12分まで短くなりますが、玄関マットの砂を取る程度なら十分です。
C|メリット
C|とにかく軽くて取り回しが楽
C|標準モードでも運転時間が長い
C|ゴミ捨てがワンタッチで手が汚れない
C|自立するので立てかける場所に困らない
C|デメリット
C|毛足の長いラグでは髪の毛が絡まりやすい
C|ダストカップが小さく、こまめなゴミ捨てが必要
C|強モードの音がやや大きい
C|特にラグについては、ヘッドのブラシに長い髪の毛が巻き付き、週に1回ほどハサミで切って取り除く必要がありました。ペットを飼っている家庭だと、もう少し手間が増えるかもしれません。
C|まとめ
C|「重い掃除機を出すのが面倒で、つい掃除をさぼってしまう」という人には、間違いなくおすすめできる1台です。逆に、ラグやカーペットが多い家なら、ヘッドの絡まり防止機能がある上位モデルも検討してみてください。
C|総合評価：★★★★☆（4.0）
B|Amazonで価格を見る
B|楽天市場で価格を見る
B|Yahoo!ショッピングで価格を見る
B|たなか：家電量販店で10年間販売員として働いたのち、家電ライターとして独立。これまでに200台以上の掃除機を自宅で試してきました。「カタログではわからない使い心地」を伝えることをモットーに、子育て中の目線で本当に使える家電を紹介しています。
B|あわせて読みたい
B|【2024年版】コードレス掃除機おすすめ10選　価格帯別に徹底比較
B|ロボット掃除機は本当に必要？半年使って感じたメリットと後悔したこと
B|コメントを残す
B|メールアドレスが公開されることはありません。
B|© 2024 家電ラボ
"""
EN_150 = """B|Skip to main content
B|The Harlow Creek Ledger
B|Subscribe
B|Sign In
B|News
B|Sports
B|Obituaries
B|Opinion
B|Weather
B|Obituaries
C|Eleanor Haskins, who guarded the Maple Street crosswalk for 31 years, dies at 88
B|By Dana Whitfield, Staff Writer
B|Published 6:05 a.m. ET March 4, 2024 | Updated 9:12 a.m. ET March 4, 2024
B|Share on Facebook
B|Share on X
B|Email
B|Eleanor Haskins at her post outside Lincoln Elementary in 2009. (Photo courtesy of the Haskins family)
C|For three decades, the first adult many Harlow Creek children saw on a school morning was Eleanor Haskins, standing in the middle of Maple Street in a fluorescent vest, holding up a red stop sign and calling each child by name.
C|Haskins died Friday at Riverside Hospice after a short illness, her family said. She was 88.
C|She took the crossing guard job in 1983, she once told the Ledger, because her youngest son had started kindergarten and she "wanted to keep an eye on him without embarrassing him." She stayed until 2014, long after her own children had graduated, and retired only after a fall on an icy morning left her with a broken wrist.
C|"She knew every kid, every dog, and every car that went too fast," said Tom Reyes, who was principal of Lincoln Elementary for most of her tenure. "Drivers slowed down on Maple because they didn't want to get the look."
B|Advertisement
C|Born Eleanor Mae Pruitt on a dairy farm outside Dunmore in 1935, she moved to Harlow Creek after marrying Walter Haskins, a machinist at the old Carver Tool plant. The couple raised four children in the same two-story house on Elm Court where she lived until last year.
C|Outside of school hours, she baked pies for the First Methodist rummage sale, volunteered at the public library's used book store and, according to her daughter, never missed a home game of the Harlow Creek High girls' basketball team.
C|Former students flooded a community Facebook group over the weekend with memories. Several recalled that she kept a coffee can of mittens on her corner for children who forgot theirs in winter.
C|Be kind, be on time, and look both ways.
C|That was the advice she gave every fifth-grade class on their last day at Lincoln, Reyes said.
C|She is survived by her four children, Robert, Linda, Carol and James; nine grandchildren; and six great-grandchildren. Her husband died in 2011.
C|Services
C|Visitation: 4 to 7 p.m. Friday, Lindqvist Funeral Home, 210 Main St.
C|Funeral: 11 a.m. Saturday, First Methodist Church
C|Burial: Oak Hill Cemetery
C|In lieu of flowers, the family asks that donations be made to the Lincoln Elementary PTA's winter clothing drive.
B|Dana Whitfield covers local government, schools and community news for the Ledger. She grew up in Harlow Creek, graduated from the state university's journalism program and has reported in the region for more than 12 years. Reach her at the newsroom or follow her on social media.
B|Get the Ledger Morning Briefing
B|Start your day with the stories Harlow Creek is talking about, delivered free to your inbox every weekday at 6 a.m.
B|Email address
B|Sign Up
B|By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You can unsubscribe at any time.
B|More from the Ledger
B|Lincoln Elementary to add second crossing guard after parent petition
B|City council approves speed bumps on Maple Street, citing near misses near the school during morning drop-off.
B|Comments are closed for this story.
B|Contact Us | Advertise | Terms of Use | Privacy Policy | Cookie Settings
B|© 2024 The Harlow Creek Ledger. All rights reserved.
"""
EN_151 = """B|The Weekend Fixer
B|Home
B|Bathroom
B|Kitchen
B|Outdoor
B|Tools
B|About
B|Search
B|Home » Bathroom » Caulking
C|How to Re-Caulk a Bathtub (Without Making a Mess)
B|Posted on February 18, 2024 by Mike Danner | 23 Comments
B|This post contains affiliate links. If you click a link and make a purchase, we may earn a small commission at no extra cost to you. We only recommend products we have used ourselves, and our opinions are always our own. Please read our full disclosure policy for more details.
B|Pin It
B|Share
B|Tweet
C|Cracked, moldy caulk around a tub isn't just ugly. Once it pulls away from the tile, water can seep behind the wall and rot the subfloor. The good news is that re-caulking is one of the cheapest, fastest bathroom fixes you can do yourself, and it takes about an hour plus drying time.
C|I've re-caulked four tubs over the years, and the biggest lesson is simple: the prep matters far more than the bead itself.
C|You'll need:
C|Caulk removal tool or plastic putty knife
C|Utility knife
C|Rubbing alcohol and a clean rag
C|Painter's tape
C|100% silicone kitchen and bath caulk
C|Caulk gun
C|Paper towels
C|Step-by-step instructions
C|1. Remove all of the old caulk. Slice along both edges with the utility knife, then pull and scrape it out. Don't try to caulk over old caulk; the new bead won't stick.
C|2. Clean the joint. Wipe the gap with rubbing alcohol to remove soap scum and residue. If you see mold, scrub it with a diluted bleach solution and let it dry completely.
C|3. Fill the tub with water. This sounds odd, but the weight of the water pulls the tub down slightly, so the caulk won't crack later when someone steps in.
C|4. Tape both sides of the joint. Run painter's tape along the tile and the tub, leaving a gap about 1/4 inch wide. This is the secret to a clean, straight line.
C|5. Apply the caulk. Cut the nozzle at a 45-degree angle, hold the gun at the same angle and push a steady bead along the joint in one continuous motion.
C|6. Smooth the bead. Dip your finger in soapy water and run it along the caulk in one pass. Wipe excess onto a paper towel as you go.
C|7. Pull the tape right away. Peel it off slowly at an angle while the caulk is still wet.
C|8. Let it cure. Leave the water in the tub and don't shower for at least 24 hours, or whatever the tube recommends.
C|Pro tip: work in sections of about three feet so the caulk doesn't start skinning before you smooth it.
C|If the gap is wider than 1/4 inch, push foam backer rod into it first. Caulk that's too thick takes forever to cure and tends to shrink and crack.
B|Tired of guessing which tools are worth it? Our friends at ToolBox Monthly send a hand-picked tool to your door every month, chosen by real contractors, and readers of The Weekend Fixer get their first box half off. It's the easiest way to build a workshop you'll actually use.
B|Claim 50% Off
B|You might also like
B|How to Fix a Running Toilet in 10 Minutes
B|Regrouting tile sounds intimidating, but with the right float and a little patience, most bathrooms can be done in a single afternoon.
B|23 Comments
B|Karen P. says:
B|February 19, 2024 at 8:14 am
B|Did this last weekend following your steps and it looks professional. The tape trick made all the difference!
B|Reply
B|Josh M. says:
B|February 21, 2024 at 10:02 pm
B|How long should I wait before using the shower if the tube says 3 hours?
B|Reply
B|Leave a Reply
B|Your email address will not be published. Required fields are marked *
B|Post Comment
B|© 2024 The Weekend Fixer. All rights reserved. | Privacy Policy | Disclosure
"""
FR_150 = """B|Aller au contenu principal
B|L'Écho de l'Ouest
B|S'abonner
B|Se connecter
B|Actualités
B|Régions
B|Économie
B|Sport
B|Culture
B|Accueil > Régions > Pays de la Loire
C|À Saumur, les « rues scolaires » fermées aux voitures séduisent les parents
B|Par Claire Dumas
B|Publié le 12 mars 2024 à 07h15, mis à jour à 10h40
B|Partager sur Facebook
B|Partager sur X
B|Copier le lien
B|Devant l'école élémentaire des Tilleuls, la rue est désormais barrée aux heures d'entrée et de sortie des classes.
B|Photo : Jeanne Morel / L'Écho de l'Ouest
C|Depuis la rentrée de janvier, trois rues de Saumur sont fermées à la circulation automobile pendant une demi-heure, matin et soir, devant les écoles. Deux mois après le lancement de l'expérimentation, la municipalité dresse un premier bilan jugé encourageant.
C|Concrètement, des barrières amovibles sont installées par des agents municipaux de 8 h 15 à 8 h 45, puis de 16 h 15 à 16 h 45. Seuls les riverains, les services de secours et les véhicules de personnes à mobilité réduite peuvent entrer.
B|Lire aussi : Sécurité routière : le nombre d'accidents impliquant des enfants repart à la hausse
C|« On respire enfin »
C|Pour Sophie Lemaire, mère de deux enfants scolarisés aux Tilleuls, le changement est net. « Avant, c'était un embouteillage permanent, des voitures garées sur le trottoir, des portières qui s'ouvraient n'importe comment. Maintenant, les enfants arrivent à pied ou à vélo, et on se parle entre parents. »
C|Selon les comptages réalisés par la ville, la part des élèves venant à pied, à vélo ou en trottinette est passée de 38 % à 57 % dans les trois écoles concernées.
C|Les chiffres clés de l'expérimentation
C|3 écoles concernées
C|1 200 élèves
C|2 créneaux de 30 minutes par jour
C|19 % d'élèves en plus venant à pied ou à vélo
B|Publicité
B|Vous rêvez d'une cuisine rénovée pour le printemps ? Chez Maison Atelier, nos conseillers vous accompagnent de la conception à la pose, avec un devis gratuit en 48 heures et jusqu'à 30 % de remise sur une sélection de plans de travail.
B|Découvrir l'offre
C|Des commerçants plus réservés
C|Tout le monde n'est pas convaincu pour autant. Quelques commerçants situés à proximité de l'école Jean-Macé regrettent une baisse de fréquentation aux heures de fermeture. « Les clients qui passaient en voiture prendre leur pain ne s'arrêtent plus », affirme un boulanger du quartier.
C|La mairie assure avoir prévu des places de dépose-minute à une centaine de mètres et se dit prête à ajuster les horaires si nécessaire.
B|Lire aussi : Vélo : les villes moyennes rattrapent leur retard en matière de pistes cyclables
C|« La rue appartient d'abord aux enfants à ces heures-là. »
C|C'est en ces termes que l'adjoint chargé des mobilités a défendu le dispositif lors du dernier conseil municipal. L'expérimentation doit se poursuivre jusqu'en juin, avant une décision sur une éventuelle extension à cinq autres établissements à la rentrée de septembre.
C|En France, plusieurs centaines de rues scolaires ont vu le jour ces dernières années, notamment à Paris, Lyon ou Grenoble, souvent sur le modèle de ce qui se pratique déjà en Belgique et au Royaume-Uni.
B|Sur le même sujet
B|Angers : une pétition réclame la piétonnisation des abords du lycée David-d'Angers, où les parents dénoncent des embouteillages quotidiens et des stationnements dangereux.
B|Transports scolaires : ce qui change dans le département à la rentrée
B|Newsletter Pays de la Loire
B|Recevez chaque matin l'essentiel de l'actualité de votre région.
B|Je m'inscris
B|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Vous pouvez accepter, refuser ou personnaliser vos choix à tout moment.
B|Tout accepter
B|Paramétrer
B|Mentions légales | Données personnelles | Contact | Plan du site
B|© L'Écho de l'Ouest 2024 – Reproduction interdite sans autorisation
"""


PAGES = {"zh-traditional": ZH_TW, "zh-simplified": ZH_CN, "ja": JA, "en": EN, "ru": RU, "ko": KO, "th": TH,
         "de": DE, "es": ES, "zh-simplified-2": ZH_CN_2, "ja-2": JA_2, "zh-traditional-2": ZH_TW_2, "en-2": EN_2,
         "zh-simplified-3": ZH_CN_3, "ja-3": JA_3, "zh-traditional-3": ZH_TW_3, "en-3": EN_3,
         "zh-simplified-4": ZH_CN_4, "ja-4": JA_4, "zh-traditional-4": ZH_TW_4, "en-4": EN_4,
         "zh-simplified-5": ZH_CN_5, "ja-5": JA_5, "zh-traditional-5": ZH_TW_5, "en-5": EN_5,
         "zh-simplified-6": ZH_CN_6, "ja-6": JA_6, "en-6": EN_6,
         "zh-simplified-7": ZH_CN_7, "zh-simplified-8": ZH_CN_8, "zh-traditional-7": ZH_TW_7,
         "zh-traditional-8": ZH_TW_8, "ja-7": JA_7, "ja-8": JA_8, "ja-9": JA_9, "en-7": EN_7, "en-8": EN_8,
         "zh-simplified-9": ZH_CN_9, "zh-simplified-10": ZH_CN_10, "zh-traditional-9": ZH_TW_9, "ja-10": JA_10,
         "ja-11": JA_11, "en-9": EN_9, "zh-simplified-11": ZH_CN_11, "zh-simplified-12": ZH_CN_12,
         "zh-traditional-10": ZH_TW_10, "ja-12": JA_12, "ko-2": KO_2, "fr-1": FR_1,
         "zh-simplified-13": ZH_CN_13, "zh-simplified-14": ZH_CN_14, "zh-traditional-11": ZH_TW_11,
         "ja-13": JA_13, "ja-14": JA_14, "en-10": EN_10,
         "zh-simplified-20": ZH_CN_20, "zh-traditional-20": ZH_TW_20, "ja-20": JA_20, "en-20": EN_20,
         "ja-21": JA_21, "zh-simplified-21": ZH_CN_21,
         "zh-simplified-30": ZH_CN_30, "zh-traditional-30": ZH_TW_30, "ja-30": JA_30, "en-30": EN_30,
         "zh-simplified-31": ZH_CN_31, "ja-31": JA_31,
         "zh-simplified-32": ZH_CN_32, "zh-simplified-33": ZH_CN_33, "zh-traditional-32": ZH_TW_32, "ja-32": JA_32,
         "ja-33": JA_33, "en-32": EN_32, "vi-1": VI_32,
         "zh-simplified-40": ZH_CN_40, "zh-traditional-40": ZH_TW_40, "ja-40": JA_40, "ja-41": JA_41, "en-40": EN_40,
         "de-2": DE_40, "zh-simplified-41": ZH_CN_41,
         "zh-simplified-50": ZH_CN_50, "zh-simplified-51": ZH_CN_51, "zh-traditional-50": ZH_TW_50, "ja-50": JA_50,
         "ja-51": JA_51, "en-50": EN_50, "es-2": ES_50,
         "zh-simplified-60": ZH_CN_60, "zh-simplified-61": ZH_CN_61, "zh-traditional-60": ZH_TW_60, "ja-60": JA_60,
         "ja-61": JA_61, "en-60": EN_60, "pt-1": PT_60,
         "zh-simplified-70": ZH_CN_70, "zh-simplified-71": ZH_CN_71, "zh-traditional-70": ZH_TW_70, "ja-70": JA_70,
         "ja-71": JA_71, "en-70": EN_70, "it-1": IT_70,
         "zh-simplified-80": ZH_CN_80, "zh-simplified-81": ZH_CN_81, "zh-traditional-80": ZH_TW_80, "ja-80": JA_80,
         "ja-81": JA_81, "en-80": EN_80, "en-81": EN_81,
         "zh-simplified-90": ZH_CN_90, "zh-simplified-91": ZH_CN_91, "zh-simplified-92": ZH_CN_92,
         "zh-traditional-90": ZH_TW_90, "zh-traditional-91": ZH_TW_91, "ja-90": JA_90, "ja-91": JA_91, "ja-92": JA_92,
         "zh-simplified-100": ZH_CN_100, "zh-simplified-101": ZH_CN_101, "zh-traditional-100": ZH_TW_100, "zh-traditional-101": ZH_TW_101, "ja-100": JA_100, "ja-101": JA_101, "en-100": EN_100, "en-101": EN_101,
         "ko-110": KO_110, "de-110": DE_110, "fr-110": FR_110, "es-110": ES_110, "ru-110": RU_110, "pt-110": PT_110, "vi-110": VI_110, "ar-110": AR_110,
         "zh-simplified-120": ZH_CN_120, "zh-traditional-120": ZH_TW_120, "ja-120": JA_120, "en-120": EN_120, "id-120": ID_120, "it-120": IT_120, "tr-120": TR_120, "pl-120": PL_120,
         "zh-simplified-130": ZH_CN_130, "zh-simplified-131": ZH_CN_131, "zh-simplified-132": ZH_CN_132, "zh-traditional-130": ZH_TW_130, "zh-traditional-131": ZH_TW_131, "ja-130": JA_130, "ja-131": JA_131, "ja-132": JA_132,
         "en-130": EN_130, "en-131": EN_131, "de-130": DE_130, "es-130": ES_130, "fr-130": FR_130, "nl-130": NL_130, "sv-130": SV_130, "th-130": TH_130,
         "zh-simplified-140": ZH_CN_140, "zh-simplified-141": ZH_CN_141, "zh-simplified-142": ZH_CN_142, "zh-traditional-140": ZH_TW_140, "zh-traditional-141": ZH_TW_141, "ja-140": JA_140, "ja-141": JA_141, "ja-142": JA_142,
         "en-140": EN_140, "en-141": EN_141, "de-140": DE_140, "it-140": IT_140, "pt-140": PT_140, "pl-140": PL_140, "id-140": ID_140, "tr-140": TR_140,
         "zh-simplified-150": ZH_CN_150, "zh-simplified-151": ZH_CN_151, "zh-traditional-150": ZH_TW_150, "ja-150": JA_150, "ja-151": JA_151, "en-150": EN_150, "en-151": EN_151, "fr-150": FR_150}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model file (default: the shipped model)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every line, not only the wrong ones")
    args = ap.parse_args(argv)
    filt = BoilerFilter(model=args.model)
    total = wrong = 0
    for name, src in PAGES.items():
        rows = [line.split("|", 1) for line in src.strip("\n").split("\n")]
        page = filt.clean("\n".join(text for _, text in rows), content_type="text")
        if len(page.blocks) != len(rows):
            print(f"{name}: {len(page.blocks)} blocks for {len(rows)} lines", file=sys.stderr)
            return 1
        bad = 0
        print(f"== {name}")
        for (label, text), b in zip(rows, page.blocks):
            ok = (label == "C") == b.keep
            bad += not ok
            if args.verbose or not ok:
                print(f"  {'ok   ' if ok else 'WRONG'} {label} {'KEEP' if b.keep else 'DROP'} {b.score:.2f}"
                      f"{'*' if b.revised else ' '} {text[:70]}")
        print(f"  {bad} of {len(rows)} lines wrong")
        total, wrong = total + len(rows), wrong + bad
    print(f"all: {wrong} of {total} lines wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
