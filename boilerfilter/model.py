"""Step 3: the classifier: one factory, and save/load with a model card and SHA-256 check.

A model file is a pickle, and unpickling runs code. ``load_model`` therefore reads
the JSON card beside the file first, checks the file's SHA-256 against it, and only
then unpickles; a missing card, a hash mismatch, or a card for another feature version
is a ``ModelError``, never a pickle load. Never load model files from sources you do
not trust: the card protects against corruption and mix-ups, not against an attacker
who writes both files.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .features import FEATURE_VERSION
from .io import atomic_write

__all__ = ["make_classifier", "save_model", "load_model", "Model", "ModelError",
           "default_model_path", "card_path", "CARD_FORMAT"]

CARD_FORMAT = "boilerfilter-model-card"
CARD_VERSION = 1
#: Label encoding of the classifier: 1 = boilerplate, 0 = content.
LABELS = {"content": 0, "boilerplate": 1}


class ModelError(ValueError):
    """A model file that is missing, corrupt, unverified or made for another version."""


def make_classifier(*, max_iter: int = 200, learning_rate: float = 0.1,
                    max_leaf_nodes: int = 31, l2_regularization: float = 1.0,
                    text_model: bool = True, random_state: int = 0):
    """The block classifier: text score → named features → dense matrix → gradient boosting.

    Gradient boosting on block statistics beat a linear model on character n-grams on
    the development data (shared/NOTES.md, finding 6) and needs no scaling; the n-gram
    model enters as one stacked feature (``TextScore``) that the booster weighs.
    Fit with ``textscore__sample_weight`` and ``classify__sample_weight``.

    Returns:
        an unfitted ``sklearn.pipeline.Pipeline`` taking a list of feature dicts
        (from ``features.page_features``).
    """
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.pipeline import Pipeline

    from .textscore import TextScore
    from .vectorize import FeatureMatrix

    return Pipeline([
        ("textscore", TextScore(enabled=text_model)),
        ("vectorize", FeatureMatrix()),
        ("classify", HistGradientBoostingClassifier(
            max_iter=max_iter, learning_rate=learning_rate, max_leaf_nodes=max_leaf_nodes,
            l2_regularization=l2_regularization, early_stopping=False,
            random_state=random_state)),
    ])


class ByContentType:
    """Two fitted classifiers, one per content type: rows of HTML blocks (``is_html`` 1)
    go to ``html``, rows of plain-text lines to ``text``.

    The shipped model is one: HTML reaches the classifier after trafilatura has removed
    most junk, a flattened page still carries all of it, and the plain-text classifier
    also learns from the pages written for this project (``training/written.py``),
    which moved the HTML figures when one classifier learnt both (session 19: token F1
    0.8770 -> 0.8735 over the held-out HTML pages, gne-test-pages 0.919 -> 0.904).
    Each side is a ``make_classifier()`` pipeline; a user's retrained model may be a
    single classifier, which ``Model`` uses for both.
    """

    def __init__(self, html, text):
        self.html = html
        self.text = text
        self.classes_ = getattr(html, "classes_", None)

    def predict_proba(self, rows: list[dict]):
        """``[[P(content), P(boilerplate)], ...]``, each row scored by its content type's classifier."""
        import numpy as np

        rows = list(rows)
        out = np.zeros((len(rows), 2))
        for clf, want in ((self.html, True), (self.text, False)):
            idx = [i for i, r in enumerate(rows) if bool(r.get("is_html")) == want]
            if idx:
                out[idx] = clf.predict_proba([rows[i] for i in idx])
        return out

    def predict(self, rows: list[dict]):
        return self.predict_proba(rows).argmax(axis=1)


@lru_cache(maxsize=1)
def _threadpools():
    """The process's thread pools, found once: ``threadpool_limits`` searches the loaded
    libraries on every call, 4 ms of a page's 38 ms of prediction when pages come one by
    one (measured on 60 development pages). Built at the first prediction, when
    scikit-learn's OpenMP runtime is loaded."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@dataclass(frozen=True)
class Model:
    """A loaded, verified classifier and its card."""

    pipeline: object
    card: dict = field(default_factory=dict)
    path: str = ""

    @property
    def threshold(self) -> float:
        """The boilerplate-probability cut for HTML stored in the card (0.5 when absent)."""
        return float(self.card.get("threshold", 0.5))

    def threshold_for(self, content_type: str) -> float:
        """The cut for ``"html"`` or ``"text"`` pages (text falls back to the HTML cut)."""
        if content_type == "text" and "threshold_text" in self.card:
            return float(self.card["threshold_text"])
        return self.threshold

    def predict_proba(self, rows: list[dict]):
        """P(boilerplate) for each feature dict.

        Prediction runs on one OpenMP thread, scoped to this call: for the few hundred
        blocks of a batch, gradient boosting's threads cost more than they bring, and
        oversubscribed workers predicted ~10x slower (shared/NOTES.md, finding 8).
        """
        import numpy as np

        if not rows:
            return np.zeros(0)
        with _threadpools().limit(limits=1, user_api="openmp"):
            return self.pipeline.predict_proba(rows)[:, 1]


def card_path(model_path: str | os.PathLike) -> Path:
    """The card that belongs to a model file: ``x.joblib`` → ``x.json``."""
    p = Path(model_path)
    return p.with_suffix(".json")


def default_model_path() -> Path:
    """The model shipped inside the package."""
    return Path(str(resources.files("boilerfilter").joinpath("data").joinpath("model.joblib")))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _versions() -> dict:
    import joblib
    import lxml.etree
    import sklearn
    import trafilatura

    from . import __version__

    return {"boilerfilter": __version__, "scikit-learn": sklearn.__version__,
            "joblib": joblib.__version__, "trafilatura": trafilatura.__version__,
            "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)), "python": platform.python_version()}


def save_model(pipeline, path: str | os.PathLike, *, threshold: float, card: dict | None = None) -> dict:
    """Persist a fitted pipeline with joblib and write its card beside it.

    Args:
        pipeline: the fitted classifier (from ``make_classifier``).
        path: where to write the model (``.joblib``); the card goes to ``.json``.
        threshold: the boilerplate-probability cut to use with this model.
        card: extra card fields (training sources, data hash, metrics...).

    Returns:
        the card as written.
    """
    import io

    import joblib

    path = Path(path)
    buf = io.BytesIO()
    joblib.dump(pipeline, buf, compress=3)
    data = buf.getvalue()
    full = {"format": CARD_FORMAT, "card_version": CARD_VERSION, "feature_version": FEATURE_VERSION,
            "labels": LABELS, "threshold": float(threshold), "versions": _versions(), **(card or {}),
            "sha256": hashlib.sha256(data).hexdigest(), "file": path.name, "bytes": len(data)}
    atomic_write(path, data)
    atomic_write(card_path(path), json.dumps(full, indent=2, ensure_ascii=False) + "\n")
    return full


def load_model(path: str | os.PathLike | None = None) -> Model:
    """Load a model after verifying it against its card.

    Args:
        path: a ``.joblib`` file with its ``.json`` card beside it; None for the shipped model.

    Returns:
        the verified ``Model``.

    Raises:
        ModelError: missing file or card, SHA-256 mismatch, wrong format or feature
            version, or a file that does not hold a boilerfilter classifier.
    """
    path = Path(path) if path is not None else default_model_path()
    cpath = card_path(path)
    if not path.is_file():
        raise ModelError(f"model file not found: {path}")
    if not cpath.is_file():
        raise ModelError(f"model card not found: {cpath} (refusing to unpickle an unverified model)")
    try:
        card = json.loads(cpath.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"model card {cpath} is not valid JSON: {exc}") from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise ModelError(f"{cpath} is not a boilerfilter model card")
    digest = _sha256(path)
    if digest != card.get("sha256"):
        raise ModelError(f"SHA-256 of {path} ({digest[:12]}…) does not match its card "
                         f"({str(card.get('sha256'))[:12]}…): refusing to load it")
    if card.get("feature_version") != FEATURE_VERSION:
        raise ModelError(f"{path} was trained on feature version {card.get('feature_version')}, "
                         f"this boilerfilter computes version {FEATURE_VERSION}: retrain it")
    if card.get("labels") != LABELS:
        raise ModelError(f"{path} uses labels {card.get('labels')}, expected {LABELS}")
    import joblib
    import sklearn

    trained = card.get("versions", {}).get("scikit-learn")
    if trained and trained != sklearn.__version__:
        warnings.warn(f"model {path.name} was saved with scikit-learn {trained}, "
                      f"running {sklearn.__version__}: its predictions may differ", stacklevel=2)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*Trying to unpickle estimator.*")
            pipeline = joblib.load(path)
    except Exception as exc:  # noqa: BLE001 - any unpickling failure is a bad model file
        raise ModelError(f"could not load {path}: {type(exc).__name__}: {exc}") from None
    if not (hasattr(pipeline, "predict_proba") and list(getattr(pipeline, "classes_", [])) == [0, 1]):
        raise ModelError(f"{path} does not hold a fitted boilerfilter classifier")
    return Model(pipeline=pipeline, card=card, path=str(path))
