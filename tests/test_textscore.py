import numpy as np

from boilerfilter.textscore import HINT_KEY, TEXT_KEY, TextScore


def _rows():
    junk = ["Please enable JavaScript to view this form", "Join date", "Sign up for our newsletter",
            "Share on Facebook", "Read more stories"]
    good = ["The council voted on the harbour plan after a long debate.",
            "Engineers said the barrier would protect the old town from floods.",
            "Residents asked how the new park would be maintained in winter.",
            "The mayor said construction could begin next spring.",
            "Critics argued that the cost estimates were far too optimistic."]
    X = [{TEXT_KEY: t, HINT_KEY: "sidebar widget|aside", "log_chars": 1.0} for t in junk] + \
        [{TEXT_KEY: t, HINT_KEY: "entry content|post", "log_chars": 4.0} for t in good]
    return X * 4, np.array(([1] * 5 + [0] * 5) * 4)


def test_adds_score_and_drops_raw_text():
    X, y = _rows()
    out = TextScore(n_features=2 ** 12).fit_transform(X, y)
    assert len(out) == len(X)
    assert all(TEXT_KEY not in r and HINT_KEY not in r and "ngram_score" in r for r in out)
    assert all(r["log_chars"] == x["log_chars"] for r, x in zip(out, X))


def test_scores_separate_seen_wording():
    X, y = _rows()
    ts = TextScore(n_features=2 ** 12).fit(X, y)
    scores = [r["ngram_score"] for r in ts.transform(X[:10])]
    assert min(scores[:5]) > max(scores[5:])


def test_disabled_only_removes_text():
    X, y = _rows()
    out = TextScore(enabled=False).fit_transform(X, y)
    assert all("ngram_score" not in r and TEXT_KEY not in r for r in out)
    assert TextScore(enabled=False).fit(X, y).transform(X[:1]) == [{"log_chars": 1.0}]


def test_blocks_in_a_script_training_never_saw_get_no_score():
    X, y = _rows()
    ts = TextScore(n_features=2 ** 12).fit(X, y)
    assert ts.scripts_ == {"LATIN"}
    rows = [{TEXT_KEY: t, HINT_KEY: ""} for t in (
        "В субботу в Москве открылась новая станция метро.",
        "서울시는 지난 토요일 지하철 신규 노선을 개통했다.",
        "The council voted on the harbour plan after a long debate.",
        "Москва: the council voted on the harbour plan.")]  # mostly Latin letters
    scores = [r["ngram_score"] for r in ts.transform(rows)]
    assert np.isnan(scores[0]) and np.isnan(scores[1])
    assert not np.isnan(scores[2]) and not np.isnan(scores[3])


def test_training_withholds_some_scores_so_the_booster_learns_without_them():
    X, y = _rows()
    X, y = X * 10, np.concatenate([y] * 10)
    scores = np.array([r["ngram_score"] for r in TextScore(n_features=2 ** 12).fit_transform(X, y)])
    share = np.isnan(scores).mean()
    assert 0.03 < share < 0.2  # MISSING_SHARE = 0.1 of 400 rows
