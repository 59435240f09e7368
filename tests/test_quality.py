"""Quality gate: the shipped model on held-out development pages, against pinned floors.

The floors live in ``tests/quality_floors.json`` and are never lowered silently: a
change that scores below them fails here, and lowering one is a reviewed edit of that
file with its reason in the commit. Pages: a stable sample of pages the shipped model
never trained on (``devdata.split_of(page) != "train"``), scored with the token metric
of ``boilerfilter.metrics`` (CJK characters count as tokens).
"""
import hashlib
import json
from pathlib import Path

import pytest

from boilerfilter import BoilerFilter
from boilerfilter.decode import decode_bytes
from boilerfilter.devdata import data_dir, iter_pages, split_of
from boilerfilter.metrics import aggregate, page_scores

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8"))
#: Pages per (dataset, language) group: enough to catch a regression of a few points,
#: few enough that the gate runs in about a minute.
PAGES = 25

pytestmark = pytest.mark.skipif(data_dir() is None, reason="development data not found "
                                "(../shared/data or $BOILERFILTER_DATA): quality gate skipped")


def _score(dataset: str, lang: str) -> dict:
    pages = [p for p in iter_pages(dataset, langs=[lang], require_gold_text=True) if split_of(p) != "train"]
    pages = sorted(pages, key=lambda p: hashlib.sha1(f"{p.dataset}/{p.id}".encode()).hexdigest())[:PAGES]
    f = BoilerFilter()
    pairs = []
    for p in pages:
        html, _ = decode_bytes(p.raw())
        pairs.append(page_scores(f.clean(html, url=p.url, content_type="html").text, p.gold_text))
    return aggregate(pairs)


@pytest.mark.parametrize("group", sorted(FLOORS["token_f1"]))
def test_token_f1_above_floor(group):
    dataset, lang = group.split("/")
    got = _score(dataset, lang)
    assert got["pages"] > 0
    assert got["f1"] >= FLOORS["token_f1"][group], f"{group}: token F1 {got['f1']:.4f} below floor {FLOORS['token_f1'][group]}"
