"""Unit tests of boilerfilter.metrics on hand-made inputs."""
from __future__ import annotations

from collections import Counter

import pytest

from boilerfilter.metrics import (
    aggregate,
    block_prf,
    normalize_space,
    page_scores,
    shingles,
    snippet_scores,
    tokenize,
)


# --- tokenize -----------------------------------------------------------------


def test_tokenize_mixed_cjk_and_latin():
    assert tokenize("今天天气好abc 12") == ["今", "天", "天", "气", "好", "abc", "12"]


def test_tokenize_lowercases_and_splits_on_punctuation():
    assert tokenize("Hello, WORLD! It's 2024.") == ["hello", "world", "it", "s", "2024"]


def test_tokenize_keeps_underscores_and_accents_in_words():
    assert tokenize("snake_case Über-Größe") == ["snake_case", "über", "größe"]


def test_tokenize_japanese_scripts_one_token_per_character():
    # Hiragana, Katakana, Han, the iteration mark and halfwidth Katakana.
    assert tokenize("日々のテスト ｶﾅ") == ["日", "々", "の", "テ", "ス", "ト", "ｶ", "ﾅ"]


def test_tokenize_hangul_and_rare_ideographs():
    # Hangul syllables; Extension A (U+3400); compatibility ideograph (U+F900);
    # Extension B (U+20000).
    assert tokenize("한국\u3400\uf900\U00020000") == ["한", "국", "\u3400", "\uf900", "\U00020000"]


def test_tokenize_cjk_punctuation_is_not_a_token():
    assert tokenize("你好，世界。「引用」") == ["你", "好", "世", "界", "引", "用"]


def test_tokenize_empty_and_none():
    assert tokenize("") == []
    assert tokenize(None) == []
    assert tokenize(" \n\t—!") == []


# --- shingles -----------------------------------------------------------------


def test_shingles_counts_overlapping_windows():
    got = shingles("a b c d e a b c d")
    assert got == Counter({
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "e"): 1,
        ("c", "d", "e", "a"): 1,
        ("d", "e", "a", "b"): 1,
        ("e", "a", "b", "c"): 1,
    })
    assert sum(got.values()) == 6  # 9 tokens - 4 + 1


def test_shingles_short_text_is_one_shingle():
    assert shingles("Only three words") == Counter({("only", "three", "words"): 1})


def test_shingles_empty_text():
    assert shingles("") == Counter()
    assert shingles("...") == Counter()


def test_shingles_cjk():
    assert shingles("今天天气好") == Counter({("今", "天", "天", "气"): 1, ("天", "天", "气", "好"): 1})


# --- page_scores ----------------------------------------------------------------


def test_page_scores_identical_texts():
    assert page_scores("one two three four five", "One two, three four five.") == (1.0, 1.0)


def test_page_scores_prediction_is_prefix_of_gold():
    # pred: 5 tokens -> 2 shingles, gold: 8 tokens -> 5 shingles, both pred shingles in gold.
    precision, recall = page_scores("a b c d e", "a b c d e f g h")
    assert precision == 1.0
    assert recall == pytest.approx(2 / 5)


def test_page_scores_prediction_with_extra_boilerplate():
    gold = "the cat sat on the mat"  # 3 shingles
    pred = "home news sport the cat sat on the mat"  # 6 shingles, 3 shared
    precision, recall = page_scores(pred, gold)
    assert precision == pytest.approx(3 / 6)
    assert recall == 1.0


def test_page_scores_counts_repeated_shingles_once_per_occurrence():
    gold = "w x y z"  # one shingle
    pred = "w x y z w x y z"  # 5 shingles, ("w","x","y","z") twice
    precision, recall = page_scores(pred, gold)
    assert precision == pytest.approx(1 / 5)
    assert recall == 1.0


def test_page_scores_disjoint_texts():
    assert page_scores("alpha beta gamma delta", "one two three four") == (0.0, 0.0)


def test_page_scores_cjk_partial_overlap():
    gold = "今天天气很好我们去公园"  # 11 chars -> 8 shingles
    pred = "今天天气很好"  # 6 chars -> 3 shingles, all in gold
    precision, recall = page_scores(pred, gold)
    assert precision == 1.0
    assert recall == pytest.approx(3 / 8)


def test_page_scores_empty_conventions():
    assert page_scores("", "") == (1.0, 1.0)
    assert page_scores(None, None) == (1.0, 1.0)
    assert page_scores("", "some gold text here") == (0.0, 0.0)
    assert page_scores("some predicted text here", "") == (0.0, 1.0)


# --- aggregate ----------------------------------------------------------------


def test_aggregate_averages_then_takes_f1():
    result = aggregate([(1.0, 0.5), (0.5, 1.0), (0.0, 0.0)])
    assert result["pages"] == 3
    assert result["precision"] == pytest.approx(0.5)
    assert result["recall"] == pytest.approx(0.5)
    assert result["f1"] == pytest.approx(0.5)


def test_aggregate_f1_of_averages_not_average_of_f1():
    result = aggregate([(1.0, 0.2), (0.6, 0.6)])
    assert result["precision"] == pytest.approx(0.8)
    assert result["recall"] == pytest.approx(0.4)
    assert result["f1"] == pytest.approx(2 * 0.8 * 0.4 / 1.2)


def test_aggregate_accepts_generator_and_empty():
    assert aggregate(p for p in [(1.0, 1.0)])["f1"] == 1.0
    assert aggregate([]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "pages": 0}


# --- block_prf ----------------------------------------------------------------


def test_block_prf_counts():
    pred = [True, True, False, False, True]
    gold = [True, False, True, False, True]
    precision, recall, f1 = block_prf(pred, gold)  # tp=2, fp=1, fn=1
    assert precision == pytest.approx(2 / 3)
    assert recall == pytest.approx(2 / 3)
    assert f1 == pytest.approx(2 / 3)


def test_block_prf_edge_cases():
    assert block_prf([], []) == (1.0, 1.0, 1.0)
    assert block_prf([False, False], [False, False]) == (1.0, 1.0, 1.0)
    assert block_prf([False, False], [True, False]) == (0.0, 0.0, 0.0)
    assert block_prf([True, False], [False, False]) == (0.0, 1.0, 0.0)


def test_block_prf_length_mismatch():
    with pytest.raises(ValueError):
        block_prf([True], [True, False])


# --- snippet_scores -------------------------------------------------------------


def test_snippet_scores_fractions():
    text = "Die GEMA dreht\n völlig am Zeiger! Mehr dazu hier."
    found, absent = snippet_scores(
        text,
        ["Die GEMA dreht völlig am Zeiger!", "nicht im Text"],
        ["Impressum", "Mehr dazu", "31. Mai"],
    )
    assert found == pytest.approx(1 / 2)
    assert absent == pytest.approx(2 / 3)


def test_snippet_scores_whitespace_in_snippets_and_case_sensitivity():
    found, absent = snippet_scores("Hello   brave new\tworld", ["  brave\nnew "], ["hello"])
    assert found == 1.0
    assert absent == 1.0  # containment is case-sensitive


def test_snippet_scores_missing_lists_and_empty_text():
    assert snippet_scores("text", None, None) == (None, None)
    assert snippet_scores("text", [], ["", "  "]) == (None, None)
    assert snippet_scores(None, ["a"], ["b"]) == (0.0, 1.0)


def test_normalize_space():
    assert normalize_space("  a\n\n b\u3000c\t") == "a b c"
    assert normalize_space(None) == ""
