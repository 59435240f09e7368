import json
import pickle

import pytest

from boilerfilter.features import page_features
from boilerfilter.model import ByContentType, ModelError, card_path, load_model, make_classifier, save_model
from boilerfilter.result import Block


def _tiny(tmp_path):
    blocks = [Block(text="Home", tag="li", links=1, link_chars=4), Block(text="A" * 200 + ".", tag="p")] * 5
    X = page_features(blocks, is_html=True)
    y = [1, 0] * 5
    pipe = make_classifier(max_iter=5).fit(X, y)
    path = tmp_path / "m.joblib"
    save_model(pipe, path, threshold=0.4, card={"note": "test"})
    return path


def test_round_trip_and_card(tmp_path):
    path = _tiny(tmp_path)
    card = json.loads(card_path(path).read_text())
    assert card["threshold"] == 0.4 and card["note"] == "test" and len(card["sha256"]) == 64
    m = load_model(path)
    assert m.threshold == 0.4
    probs = m.predict_proba(page_features([Block(text="Home", tag="li", links=1, link_chars=4)], is_html=True))
    assert 0.0 <= probs[0] <= 1.0


def test_tampered_file_is_refused_before_unpickling(tmp_path):
    path = _tiny(tmp_path)
    # a pickle that would run code if loaded: it must never be unpickled
    path.write_bytes(pickle.dumps(print))
    with pytest.raises(ModelError, match="SHA-256"):
        load_model(path)


def test_missing_card_is_refused(tmp_path):
    path = _tiny(tmp_path)
    card_path(path).unlink()
    with pytest.raises(ModelError, match="card not found"):
        load_model(path)


def test_corrupt_card_and_missing_file(tmp_path):
    path = _tiny(tmp_path)
    card_path(path).write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(path)
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "absent.joblib")


def test_feature_version_mismatch_is_refused(tmp_path):
    path = _tiny(tmp_path)
    card = json.loads(card_path(path).read_text())
    card["feature_version"] = -1
    card_path(path).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="feature version"):
        load_model(path)


def test_other_sklearn_version_warns(tmp_path):
    path = _tiny(tmp_path)
    card = json.loads(card_path(path).read_text())
    card["versions"]["scikit-learn"] = "0.0.1"
    card_path(path).write_text(json.dumps(card))
    with pytest.warns(UserWarning, match="scikit-learn 0.0.1"):
        load_model(path)


def test_factory_is_a_plain_pipeline():
    from sklearn.base import clone

    pipe = make_classifier()
    assert clone(pipe).get_params()["classify__max_iter"] == pipe.get_params()["classify__max_iter"]


def test_by_content_type_routes_rows_and_round_trips(tmp_path):
    # two classifiers that disagree: the HTML one calls "Home" boilerplate, the text one content
    home, para = Block(text="Home", tag="li", links=1, link_chars=4), Block(text="A" * 200 + ".", tag="p")
    X_html = page_features([home, para] * 30, is_html=True)
    X_text = page_features([home, para] * 30, is_html=False)
    html = make_classifier(max_iter=5, text_model=False).fit(X_html, [1, 0] * 30)
    text = make_classifier(max_iter=5, text_model=False).fit(X_text, [0, 1] * 30)
    path = tmp_path / "both.joblib"
    save_model(ByContentType(html=html, text=text), path, threshold=0.5)
    m = load_model(path)
    mixed = [X_html[0], X_text[0], X_html[1], X_text[1]]
    p = m.predict_proba(mixed)
    assert list(p) == pytest.approx([html.predict_proba([X_html[0]])[0, 1], text.predict_proba([X_text[0]])[0, 1],
                                     html.predict_proba([X_html[1]])[0, 1], text.predict_proba([X_text[1]])[0, 1]])
    assert p[0] > 0.5 > p[1] and p[2] < 0.5 < p[3]
    assert len(m.predict_proba([])) == 0
