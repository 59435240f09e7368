"""training.written: the written pages parse, their parts are apart, their rows line up."""
import pytest

from training import written


def test_every_written_page_parses_and_the_parts_share_no_page():
    train, held = written.pages("train"), written.pages("held")
    assert train and held and not set(train) & set(held)
    for rows in (*train.values(), *held.values()):
        assert rows and {label for label, _ in rows} <= {"C", "B"} and all(text.strip() for _, text in rows)
    assert written.part_of(next(iter(held))) == "held"


def test_a_line_without_its_label_is_refused():
    with pytest.raises(ValueError, match="line 2"):
        written.parse("C|The article.\nNo label here\n", "bad.txt")


def test_training_rows_are_the_train_pages_lines_weighted_by_language():
    X, y, w = written.training_rows(weight_cjk=3.0, weight_other=1.0)
    pages = written.pages("train")
    assert len(X) == len(y) == len(w) == sum(len(rows) for rows in pages.values())
    assert y == [0 if label == "C" else 1 for rows in pages.values() for label, _ in rows]
    assert all(row["is_html"] == 0.0 for row in X)
    cjk = sum(len(rows) for name, rows in pages.items() if name.startswith(("zh", "ja")))
    assert sorted(set(w)) == [1.0, 3.0] and w.count(3.0) == cjk
