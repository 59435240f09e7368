"""Retrain the classifier on a user's corrected block labels (``boilerfilter train``).

The loop: ``boilerfilter blocks pages/ -o labels.jsonl`` exports every block with the
current model's decision; a person (or a script) corrects the ``label`` of the blocks
the model got wrong; ``boilerfilter train labels.jsonl -o my-model.joblib`` builds a
model that has learnt the corrections; ``boilerfilter clean --model my-model.joblib``
uses it.

Three ways to build the model (``train(base=...)``):

* ``base="none"``: a fresh ``make_classifier()`` on the user's labels only. For a user
  with many labelled pages of their own, or a very different kind of page.
* ``base="default"``, **stacked** (always available): the shipped model stays as it is
  and corrections are trained on the user's labels with the shipped model's score as
  one more feature (``base_score``): one learns which of the blocks the shipped model
  keeps the user drops, the other which of those it drops the user keeps; every other
  block keeps the shipped model's score (``StackedModel``). Needs nothing but the
  installed package. The saved file holds the shipped pipeline and the corrections; its
  card carries ``"base": "default"`` and the shipped model's SHA-256.
* ``base="default"``, **with the development data** (when ``devdata.data_dir(data)``
  finds it): a model retrained from a capped, stable sample of the trainable
  development pages (decoded, segmented and aligned with the package's own code, as
  the shipped recipe does; nothing is imported from ``training/``) plus the user's
  labels, upweighted.

With ``base="default"`` both candidates that can be built are fitted and measured on
held-out labelled pages; the one with the higher token F1 is saved (on a tie, the
stacked one, which keeps the shipped model's behaviour elsewhere). ``base`` may also be
the path of a model file: a correction is then stacked on that model (e.g. on an earlier
retrained model, to add labels of a second site).

**Held-out pages and the threshold.** With ``dev`` label files, the candidates are
measured and the threshold is chosen on them. Without, 20% of the labelled pages
(whole pages, grouped by source, a stable hash) are held out, the threshold is chosen
on them and the chosen candidate is then refitted on all labelled pages with that
threshold. With a single labelled page nothing can be held out: the base threshold is
kept (0.5 for ``base="none"``).

**The weight.** ``weight=W``: each labelled page of the user's weighs as much as W
pages of the development data. Every page's blocks share a total weight of at most 150
blocks (as in the shipped recipe), so a page with huge boilerplate lists does not
drown the others; the user's pages get W times that. W only matters when the
development data are mixed in (the other two candidates see the user's labels only).
The default, 5, was measured on the retraining example (``examples/retrain``: 4
labelled pages of a recipe site, 300 development pages): W=1 left part of the sponsored
blocks in place on the example's 4 test pages (token F1 0.995 at threshold 0.5, 0.960
at 0.6), W=2 a little (1.000 and 0.997), W=5, 10 and 20 none (1.000 at both); token F1 on 80
held-out development pages stayed within 0.811-0.835 for every W, with no trend. 5 is
the smallest weight that learnt the corrections at both thresholds; a larger one gives
a few labelled pages more say over the development data without a measured gain.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone

from .labels import BOILERPLATE, CONTENT, LabelledPage, read_labels

__all__ = ["StackedModel", "TextCorrection", "train", "describe", "fit_classifier", "TrainError",
           "DEFAULT_WEIGHT", "THRESHOLDS", "PAGE_CAP", "DATA_PAGES", "HOLDOUT", "page_rows", "holdout_split",
           "dev_data_pages", "dev_data_rows"]

#: Each user page weighs as much as this many development pages (see the module docs).
DEFAULT_WEIGHT = 5.0
#: A page's blocks share a total weight of at most PAGE_CAP blocks (as ``training/train.py``).
PAGE_CAP = 150.0
#: At most this many labelled rows per development page and mode are sampled.
MAX_ROWS_PER_PAGE = 200
#: Development pages sampled for the retrained candidate: enough for its general
#: behaviour (a few tens of thousands of rows), few enough to build in about a minute.
DATA_PAGES = 300
#: Chinese and Japanese development pages are few; their blocks weigh more (as the recipe).
CJK_WEIGHT = 3.0
#: Share of the labelled pages held out to measure and choose the threshold.
HOLDOUT = 0.2
#: Threshold grid (the shipped recipe's).
THRESHOLDS = [round(0.25 + 0.05 * i, 2) for i in range(11)]
#: Label sets with fewer rows than this get the small-data settings (``_small_data_classifier``).
SMALL_ROWS = 20000
#: Name of the extra feature of the stacked model.
BASE_FEATURE = "base_score"
#: Bump when the derived development rows change meaning (invalidates the cache).
_ROWS_VERSION = 1


class TrainError(ValueError):
    """Labels that cannot be trained on (none, or only one class)."""


class StackedModel(ClassifierMixin, BaseEstimator):
    """A base classifier plus corrections learnt from labels, that move only what the labels moved.

    A scikit-learn estimator over lists of feature dicts, like ``make_classifier()``, with
    ``classes_ = [0, 1]``: saved with ``model.save_model`` it loads with
    ``model.load_model`` and ``BoilerFilter`` uses it unchanged.

    The base's score ``s`` (P(boilerplate)) is added to each row as ``base_score``, and
    two corrections are fitted on the labelled rows, one per side of the base's
    threshold ``t``:

    * ``drop``: among the blocks the base keeps (``s < t``), g = P(the label says boilerplate);
    * ``keep``: among the blocks the base drops (``s >= t``), g = P(the label says content).

    ``g`` is mapped onto the base's scale, piecewise linearly with ``g = 0.5`` at ``t``
    (``up(g)``, and ``down(g)`` with 0.5 at ``t`` from the other end), and the score
    becomes ``max(s, up(g))`` where the base keeps and ``min(s, down(g))`` where it
    drops: a decision changes only where a correction finds the block more likely than
    not to be like the blocks a person moved, in the direction they moved them, at the
    base's own threshold; every other block keeps the base's score. A side whose labels
    hold one class only (no block moved, or nothing but moved blocks) gets no correction.

    The default correction is a ``TextCorrection`` (a linear model over the block's words
    and class names). Measured while building this, with the shipped model as the base
    and the labels of ``examples/retrain``: a gradient-boosted correction over every
    feature learnt the example site perfectly but leant on position and length, which
    do not carry over: on 119 held-out development pages token F1 fell from 0.836 to
    0.674. The text correction learnt the site as well (its 4 test pages: 0.803 → 1.000)
    and kept 0.836 there.

    Args:
        base: a fitted classifier (its ``predict_proba(rows)[:, 1]`` is the base score).
        correction: an unfitted classifier over feature dicts (``TextCorrection()`` when
            None); each side fits a clone of it.
        threshold: the base's threshold ``t`` (its card's).
        monotonic: for a ``make_classifier()``-style pipeline correction: the surer the
            base already leant the way a block was moved, the more it moves (``drop``
            non-decreasing, ``keep`` non-increasing in ``base_score``).
    """

    def __init__(self, base=None, correction=None, threshold: float = 0.5, monotonic: bool = True):
        self.base = base
        self.correction = correction
        self.threshold = threshold
        self.monotonic = monotonic

    def _augment(self, X) -> tuple[list[dict], np.ndarray]:
        rows = list(X)
        if not rows:
            return [], np.zeros(0)
        scores = np.asarray(self.base.predict_proba(rows)[:, 1], dtype=float)
        return [{**r, BASE_FEATURE: float(s)} for r, s in zip(rows, scores)], scores

    def _fit_side(self, rows, target, w, direction: int):
        """A classifier of ``target`` (1 = the label moved the block), or None when there is no contrast."""
        if len(set(target.tolist())) < 2:
            return None
        model = clone(self.correction) if self.correction is not None else TextCorrection()
        mono = {BASE_FEATURE: direction} if self.monotonic else None
        return fit_classifier(model, rows, target, w, monotonic=mono)

    def fit(self, X, y, sample_weight=None):
        """Fit the two corrections on labelled rows (the base is not refitted)."""
        if self.base is None:
            raise ValueError("StackedModel needs a fitted base classifier")
        rows, s = self._augment(X)
        y = np.asarray(y, dtype=int)
        w = np.ones(len(rows)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        kept = s < self.threshold
        pick = lambda mask: [r for r, m in zip(rows, mask) if m]  # noqa: E731
        self.drop_ = self._fit_side(pick(kept), (y[kept] == 1).astype(int), w[kept], +1)
        self.keep_ = self._fit_side(pick(~kept), (y[~kept] == 0).astype(int), w[~kept], -1)
        #: rows and moved rows seen on each side, for the card
        self.sides_ = {"kept_by_base": {"rows": int(kept.sum()), "moved": int((y[kept] == 1).sum())},
                       "dropped_by_base": {"rows": int((~kept).sum()), "moved": int((y[~kept] == 0).sum())}}
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X):
        """``[[P(content), P(boilerplate)], ...]`` for a list of feature dicts."""
        rows, s = self._augment(X)
        if not rows:
            return np.zeros((0, 2))
        p = s.copy()
        kept = s < self.threshold
        for model, mask, sign in ((self.drop_, kept, +1), (self.keep_, ~kept, -1)):
            if model is None or not mask.any():
                continue
            idx = np.flatnonzero(mask)
            g = model.predict_proba([rows[i] for i in idx])[:, 1]
            t = float(self.threshold)
            if sign > 0:  # g = 0.5 maps to t: "more likely moved than not" crosses the base's threshold
                up = np.where(g <= 0.5, 2 * g * t, t + (2 * g - 1) * (1 - t))
                p[idx] = np.maximum(s[idx], up)
            else:
                down = np.where(g <= 0.5, 1 - 2 * g * (1 - t), t * (2 - 2 * g))
                p[idx] = np.minimum(s[idx], down)
        p = np.clip(p, 0.0, 1.0)
        return np.c_[1 - p, p]

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= self.threshold).astype(int)


class TextCorrection(ClassifierMixin, BaseEstimator):
    """A linear model over a block's words and class/id words, and the base score.

    The correction ``StackedModel`` uses by default: hashed character 3-5-grams of the
    block's text (``char_wb``: within words, and a CJK line's n-grams stay inside it) and
    the words of its class/id names, plus ``logit(base_score)``, into a logistic
    regression. A site's own wording ("Picked with our partners at ...", a recurring
    sign-up line) and class names are what set its boilerplate apart; position and
    length, which a gradient-boosted correction over every feature leant on, do not
    carry over to other sites (see ``StackedModel``).

    Measured with the shipped model as the base and the labels of ``examples/retrain``
    (token F1 on its 4 test pages / on 119 held-out development pages; the base alone:
    0.803 / 0.836): 3-5-grams with C=1 0.897 / 0.835 (too timid to move the sponsored
    blocks), C=2 0.983 / 0.836, C=3 and C=10 1.000 / 0.836, C=100 1.000 / 0.837. With
    2-4-grams the site was learnt as well but other sites' content was dropped (C=3-10:
    0.822-0.827 there): short n-grams of common words ("wit", "our", from the recurring
    "Picked with our partners" line) carried weight. ``class_weight="balanced"``: 0.989 / 0.836.

    Args:
        n_features: hashing space of each vectoriser.
        C: inverse L2 regularisation (10: well inside the range that learnt the example
            fully without a cost elsewhere).
        ngram_range: character n-gram lengths of the text vectoriser.
        class_weight: passed to the logistic regression.
    """

    def __init__(self, n_features: int = 2 ** 18, C: float = 10.0, ngram_range: tuple = (3, 5), class_weight=None):
        self.n_features = n_features
        self.C = C
        self.ngram_range = ngram_range
        self.class_weight = class_weight

    def _matrix(self, X):
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import HashingVectorizer

        from .textscore import HINT_KEY, TEXT_KEY

        text = HashingVectorizer(analyzer="char_wb", ngram_range=tuple(self.ngram_range), n_features=self.n_features,
                                 alternate_sign=False, norm="l2")
        hint = HashingVectorizer(analyzer="word", token_pattern=r"[a-z]{2,}", n_features=self.n_features,
                                 alternate_sign=False, norm="l2")
        s = np.clip(np.array([float(r.get(BASE_FEATURE, 0.5)) for r in X]), 1e-4, 1 - 1e-4)
        logit = csr_matrix(np.log(s / (1 - s)).reshape(-1, 1) / 4.0)
        return hstack([text.transform([r.get(TEXT_KEY, "") for r in X]),
                       hint.transform([r.get(HINT_KEY, "").replace("|", " ") for r in X]), logit]).tocsr()

    def fit(self, X, y, sample_weight=None):
        from sklearn.linear_model import LogisticRegression

        from .textscore import TEXT_KEY

        if X and not any(TEXT_KEY in r for r in X[:50]):
            raise ValueError(f"the feature rows carry no block text ({TEXT_KEY!r}): TextCorrection cannot learn")

        self.model_ = LogisticRegression(C=self.C, solver="liblinear", max_iter=500,
                                         class_weight=self.class_weight).fit(
            self._matrix(X), np.asarray(y), sample_weight=sample_weight)
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X):
        return self.model_.predict_proba(self._matrix(X))


def _takes_weight(step) -> bool:
    import inspect

    try:
        return "sample_weight" in inspect.signature(step.fit).parameters
    except (TypeError, ValueError, AttributeError):
        return False


def _folds_have_both_classes(y, folds: int) -> bool:
    """True when every contiguous fold's complement holds both classes (TextScore's out-of-fold fits)."""
    y = np.asarray(y)
    bounds = np.linspace(0, len(y), folds + 1).astype(int)
    for a, b in zip(bounds[:-1], bounds[1:]):
        rest = np.r_[y[:a], y[b:]]
        if len(set(rest.tolist())) < 2:
            return False
    return True


def fit_classifier(model, X, y, sample_weight, *, monotonic: dict[str, int] | None = None):
    """Fit a ``make_classifier()``-style pipeline with sample weights for every step that takes them.

    Args:
        model: an unfitted pipeline (or a plain estimator).
        X, y, sample_weight: rows (feature dicts), labels, weights.
        monotonic: ``{feature name: 1 or -1}``: the final estimator's P(class 1) must not
            decrease (1) or increase (-1) with that feature; None for no constraint.

    A text-model step (``TextScore``) fits out-of-fold on contiguous folds; when a fold's
    complement would hold one class only (a handful of labelled pages), it is switched
    off rather than left to fail.
    """
    from sklearn.pipeline import Pipeline

    y = np.asarray(y)
    w = np.asarray(sample_weight, dtype=float)
    if not isinstance(model, Pipeline):
        return model.fit(X, y, sample_weight=w)
    for name, step in model.steps:
        if getattr(step, "enabled", False) and hasattr(step, "folds") and not _folds_have_both_classes(y, step.folds):
            step.set_params(enabled=False)
    params = {f"{name}__sample_weight": w for name, step in model.steps if _takes_weight(step)}
    if not monotonic:
        return model.fit(X, y, **params)
    last, clf = model.steps[-1]
    pre = Pipeline(model.steps[:-1])  # the same step objects: fitting pre fits them in model
    Xt = pre.fit_transform(X, y, **{k: v for k, v in params.items() if not k.startswith(last + "__")})
    names = list(pre.steps[-1][1].get_feature_names_out())
    if "monotonic_cst" in clf.get_params():
        clf.set_params(monotonic_cst=[int(monotonic.get(n, 0)) for n in names])
    clf.fit(Xt, y, **({"sample_weight": w} if _takes_weight(clf) else {}))
    return model


# --- rows ----------------------------------------------------------------------------


def page_rows(blocks, labels, is_html: bool, weight: float, rng: random.Random | None = None,
              max_rows: int | None = None):
    """Feature rows, labels and weights of a page's labelled blocks.

    Features are computed over all blocks (unlabelled ones give context); labelled rows
    are kept (a random ``max_rows`` of them when given); the page's total weight is
    ``weight · min(labelled, PAGE_CAP)``.
    """
    from .features import page_features

    idx = [i for i, lab in enumerate(labels) if lab is not None]
    if not idx:
        return [], [], []
    feats = page_features(tuple(blocks), is_html=is_html)
    n = len(idx)
    if max_rows is not None and n > max_rows:
        idx = sorted((rng or random.Random(0)).sample(idx, max_rows))
    w = weight * min(n, PAGE_CAP) / len(idx)
    return [feats[i] for i in idx], [int(labels[i]) for i in idx], [w] * len(idx)


def _label_rows(pages: list[LabelledPage], weight: float):
    X, y, w = [], [], []
    for p in pages:
        a, b, c = page_rows(p.blocks, p.labels, p.is_html, weight)
        X += a
        y += b
        w += c
    return X, y, w


def holdout_split(pages: list[LabelledPage], share: float = HOLDOUT) -> tuple[list, list]:
    """``(fit, held)``: about ``share`` of the pages held out, whole sources together, stable.

    Sources are ordered by a hash of their name and the first ``round(share · n)`` (at
    least one) are held out; nothing is held out with fewer than two sources, or when
    the rest would lack one of the two classes.
    """
    sources = sorted({p.source for p in pages if p.labelled}, key=lambda s: hashlib.sha1(s.encode()).hexdigest())
    if len(sources) < 2:
        return list(pages), []
    k = max(1, round(share * len(sources)))
    held_sources = set(sources[:k])
    fit = [p for p in pages if p.source not in held_sources]
    held = [p for p in pages if p.source in held_sources]
    classes = {lab for p in fit for lab in p.labels if lab is not None}
    if classes != {CONTENT, BOILERPLATE}:
        return list(pages), []
    return fit, held


# --- development data ----------------------------------------------------------------


def _label_dev_page(page):
    """(blocks, labels, is_html, lang) of both modes of one development page, or [] when unusable."""
    from .align import align_labels
    from .decode import decode_bytes
    from .segment import html_to_lines, segment_html, segment_text

    try:
        html, _ = decode_bytes(page.raw())
    except Exception:  # noqa: BLE001 - an undecodable page is skipped
        return []
    out = []
    try:
        hb = segment_html(html, page.url).blocks
    except Exception:  # noqa: BLE001 - trafilatura can fail on odd pages
        hb = ()
    tb = segment_text("\n".join(html_to_lines(html))).blocks
    for blocks, is_html in ((hb, True), (tb, False)):
        if blocks:
            out.append((blocks, align_labels([b.text for b in blocks], page.gold_text), is_html, page.text_lang))
    return out


def _cache_dir() -> Path:
    base = os.environ.get("BOILERFILTER_CACHE")
    return Path(base) / "retrain" if base else Path.home() / ".cache" / "boilerfilter" / "retrain"


def _code_hash() -> str:
    """A hash of the code that derives the rows (decode, segment, align), to invalidate the cache."""
    h = hashlib.sha256(str(_ROWS_VERSION).encode())
    here = Path(__file__).resolve().parent
    for name in ("decode.py", "segment.py", "align.py", "metrics.py", "devdata.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            pass
    import trafilatura

    h.update(trafilatura.__version__.encode())
    return h.hexdigest()


def dev_data_pages(root, n_pages: int = DATA_PAGES) -> list:
    """A stable sample of ``n_pages`` pages the shipped model trained on (trainable datasets,
    ``split_of == "train"``, with a gold text): the held-out development split stays unseen."""
    from .devdata import DATASET_LICENCES, iter_pages, list_datasets, split_of

    pages = []
    for ds in list_datasets(root):
        if not DATASET_LICENCES.get(ds, ("", False))[1]:
            continue
        for p in iter_pages(ds, root):
            # readability-tests carries synthetic lorem-ipsum fixtures (lang "la")
            if (p.gold_text or "").strip() and p.lang != "la" and split_of(p) == "train":
                pages.append(p)
    pages.sort(key=lambda p: hashlib.sha1(f"{p.dataset}/{p.id}".encode()).hexdigest())
    return pages[:n_pages]


def dev_data_rows(root, n_pages: int = DATA_PAGES, *, jobs: int = 1, cache: bool = True, log=None) -> list:
    """Labelled blocks of the development sample: a list of (blocks, labels, is_html, lang).

    Derived from third-party pages, so cached outside any repository
    (``$BOILERFILTER_CACHE/retrain`` or ``~/.cache/boilerfilter/retrain``), keyed by the
    pages chosen and a hash of the code that derives them.
    """
    pages = dev_data_pages(root, n_pages)
    key = hashlib.sha256(_code_hash().encode())
    for p in pages:
        key.update(f"{p.raw_path}\t{p.raw_path.stat().st_size if p.raw_path.exists() else -1}\t".encode())
        key.update(hashlib.sha256((p.gold_text or "").encode()).digest())
    path = _cache_dir() / f"rows-{key.hexdigest()[:24]}.pkl"
    if cache and path.is_file():
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # noqa: BLE001 - a broken cache is rebuilt
            pass
    started = time.perf_counter()
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(_label_dev_page, pages, chunksize=4))
    else:
        parts = [_label_dev_page(p) for p in pages]
    out = [item for part in parts for item in part]
    if log:
        log(f"development data: {len(pages)} pages segmented and aligned in {time.perf_counter() - started:.0f} s")
    if cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(out, fh)
            os.replace(tmp, path)
        except OSError:
            pass
    return out


def _dev_rows_matrix(items, seed: int = 0):
    rng = random.Random(seed)
    X, y, w = [], [], []
    for blocks, labels, is_html, lang in items:
        a, b, c = page_rows(blocks, labels, is_html, CJK_WEIGHT if lang in ("zh", "ja") else 1.0, rng,
                            MAX_ROWS_PER_PAGE)
        X += a
        y += b
        w += c
    return X, y, w


# --- fitting and measuring -----------------------------------------------------------


def _small_data_classifier(n_rows: int):
    """``make_classifier()`` sized for ``n_rows`` rows: the defaults for large sets, small leaves for a few pages.

    scikit-learn's default of 20 samples per leaf would let a 3-page label set (~100
    rows) split only a handful of times; one leaf per 25 rows, between 2 and 20, keeps
    the trees able to learn a site's pattern without fitting single blocks.
    """
    from .model import make_classifier

    clf = make_classifier()
    params = clf.get_params()
    clf.set_params(classify__min_samples_leaf=int(min(20, max(2, n_rows // 25))))
    if "textscore__n_features" in params and n_rows < SMALL_ROWS:
        # a linear fit costs time in proportion to the hashing space: 2**16 buckets are
        # plenty for the words of a few hundred blocks, and 16x faster than the default
        clf.set_params(textscore__n_features=2 ** 16)
    return clf


@dataclass
class _Candidate:
    name: str
    description: str
    build: Callable[[list], object]  # fit pages -> fitted classifier


def _threads(n: int):
    """Fits run on ``n`` OpenMP threads: gradient boosting with one thread per core on a
    busy machine fitted a few hundred rows ~50x slower than with one thread (the
    oversubscription of shared/NOTES.md, finding 8)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=max(1, int(n)), user_api="openmp")


class _Scorer:
    """A fitted classifier as a ``Model``-like object for ``evaluate.predict_scores``."""

    def __init__(self, clf):
        self.clf = clf

    def predict_proba(self, rows):
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="openmp"):
            return self.clf.predict_proba(rows)[:, 1]


def _measure(model, pages, thresholds, prefer: float) -> dict:
    """Best threshold (token F1 over ``pages``; ties → closest to ``prefer``) and scores at each."""
    from .evaluate import decisions, label_scores, predict_scores

    scores = predict_scores(model, pages)
    by_t = {t: label_scores(pages, [decisions(p, s, t) for p, s in zip(pages, scores)]) for t in thresholds}
    best = max(by_t, key=lambda t: (round(by_t[t]["token"]["f1"], 4), round(by_t[t]["block"]["f1"], 4),
                                    -abs(t - prefer)))
    return {"threshold": best, **by_t[best], "by_threshold": {str(t): round(v["token"]["f1"], 4)
                                                               for t, v in by_t.items()}}


def _stats(pages: list[LabelledPage]) -> dict:
    labs = [lab for p in pages for lab in p.labels]
    return {"pages": len(pages), "blocks": len(labs), "content": labs.count(CONTENT),
            "boilerplate": labs.count(BOILERPLATE), "unlabelled": labs.count(None)}


def _file_digest(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _round(d):
    if isinstance(d, float):
        return round(d, 4)
    if isinstance(d, dict):
        return {k: _round(v) for k, v in d.items()}
    return d


def _load_base(base: str):
    """The model to build on (and to measure "before" with): the shipped one, or a model file."""
    from .model import load_model

    return load_model(None if base in ("default", "none") else base)


def train(label_files, out, base: str = "default", dev=None, data=None, weight: float = DEFAULT_WEIGHT, *,
          data_pages: int = DATA_PAGES, jobs: int = 1, cache: bool = True, log: Callable[[str], None] | None = None
          ) -> dict:
    """Train a model on corrected block labels and save it with its card.

    Args:
        label_files: label files (``boilerfilter blocks`` output, corrected).
        out: where to write the model (``.joblib``; its card goes beside it as ``.json``).
        base: ``"default"`` (build on the shipped model), ``"none"`` (labels only), or
            the path of a model file to stack a correction on (e.g. an earlier
            retrained model).
        dev: label files to measure on and choose the threshold with (else 20% of the
            labelled pages are held out).
        data: the development data folder (``devdata.data_dir(data)``); used with
            ``base="default"`` when found.
        weight: how many development pages one labelled page weighs (see the module docs).
        data_pages: development pages sampled when the data are used.
        jobs: processes to segment the development pages with.
        cache: cache the development rows outside the repository.
        log: called with progress lines (None: silent).

    Returns:
        the report (also stored in the card): what it trained on, the candidates
        measured, the one chosen, the threshold, held-out scores before (the base model,
        the shipped one for ``"none"``) and after.

    Raises:
        TrainError: no labelled block, or only one class.
        labels.LabelsError: a bad label file.
        model.ModelError: a base model that cannot be loaded.
    """
    from .devdata import data_dir
    from .model import ModelError, save_model

    say = log or (lambda msg: None)
    if not isinstance(base, (str, os.PathLike)):
        raise TypeError(f"base must be 'default', 'none' or a model path, not {type(base).__name__}")
    base = os.fspath(base)
    if not (isinstance(weight, (int, float)) and math.isfinite(weight) and weight > 0):
        raise ValueError(f"weight must be a positive number, not {weight!r}")
    label_files = [label_files] if isinstance(label_files, (str, os.PathLike)) else list(label_files)
    dev_files = [] if dev is None else ([dev] if isinstance(dev, (str, os.PathLike)) else list(dev))
    started = time.perf_counter()
    pages = read_labels(label_files)
    stats = _stats(pages)
    if not stats["content"] or not stats["boilerplate"]:
        raise TrainError(f"the labels need blocks of both classes: {stats['content']} content, "
                         f"{stats['boilerplate']} boilerplate, {stats['unlabelled']} unlabelled")
    dev_pages = read_labels(dev_files) if dev_files else []
    if dev_pages and not any(p.labelled for p in dev_pages):
        raise TrainError("the --dev label files have no labelled block")
    if dev_pages:
        fit_pages, eval_pages, held_from = pages, dev_pages, "dev"
    else:
        fit_pages, eval_pages = holdout_split(pages)
        held_from = "holdout" if eval_pages else ""
    say(f"labels: {stats['pages']} pages, {stats['blocks']} blocks: {stats['content']} content, "
        f"{stats['boilerplate']} boilerplate, {stats['unlabelled']} unlabelled; base: {base}")
    if held_from == "dev":
        say(f"measuring on --dev: {_stats(dev_pages)['pages']} pages")
    elif held_from:
        say(f"measuring on {len(eval_pages)} held-out page(s) of the labels: "
            + ", ".join(sorted({p.source for p in eval_pages})))
    else:
        say("too few labelled pages (or sources) to hold any out: the threshold is not tuned")

    if base == "none":
        # only to measure "before": a shipped model that cannot be loaded is no reason to stop
        try:
            base_model = _load_base(base)
        except ModelError as exc:
            say(f"no 'before' scores: {exc}")
            base_model = None
    else:
        base_model = _load_base(base)
    root = data_dir(data) if base == "default" else None
    candidates: list[_Candidate] = []
    if base == "none":
        def build_labels(fp):
            X, y, w = _label_rows(fp, 1.0)
            return fit_classifier(_small_data_classifier(len(y)), X, y, w)
        candidates.append(_Candidate("labels", "make_classifier() on the labels only", build_labels))
    else:
        def build_stacked(fp):
            X, y, w = _label_rows(fp, 1.0)
            return StackedModel(base=base_model.pipeline, threshold=base_model.threshold).fit(
                X, y, sample_weight=w)
        candidates.append(_Candidate("stacked", "the base model + corrections trained on the labels "
                                                "(words and class names, with base_score)", build_stacked))
        if root is not None:
            items = dev_data_rows(root, data_pages, jobs=jobs, cache=cache, log=say)
            DX, Dy, Dw = _dev_rows_matrix(items)
            say(f"development data: {len(Dy)} rows from {len(items)} block sequences (HTML and text modes) "
                f"in {root}")

            def build_data(fp):
                X, y, w = _label_rows(fp, float(weight))
                return fit_classifier(_small_data_classifier(len(DX) + len(X)), DX + X, Dy + y, Dw + w)
            candidates.append(_Candidate("data", f"retrained on {data_pages} development pages + the labels "
                                                 f"(weight {weight:g})", build_data))
        elif base == "default":
            say("development data not found: stacking a correction on the shipped model")
    base_threshold = 0.5 if base == "none" else base_model.threshold

    results = {}
    before = None
    if eval_pages and base_model is not None:
        m = _measure(base_model, eval_pages, [base_model.threshold], base_model.threshold)
        before = {k: m[k] for k in ("threshold", "block", "token")}
    fitted = {}
    for c in candidates:
        t0 = time.perf_counter()
        say(f"fitting candidate {c.name}: {c.description}")
        with _threads(jobs):
            clf = c.build(fit_pages)
        fitted[c.name] = clf
        res = {"description": c.description, "fit_seconds": round(time.perf_counter() - t0, 1)}
        if eval_pages:
            res.update(_measure(_Scorer(clf), eval_pages, THRESHOLDS, base_threshold))
        results[c.name] = res
    if eval_pages:
        order = {"stacked": 0, "labels": 0, "data": 1}  # ties go to the candidate that keeps the base model
        chosen = max(results, key=lambda n: (round(results[n]["token"]["f1"], 3), -order[n]))
        threshold = results[chosen]["threshold"]
    else:
        chosen = candidates[0].name
        threshold = base_threshold
    final = fitted[chosen]
    refit = held_from == "holdout"
    if refit:
        say(f"refitting {chosen} on all labelled pages")
        with _threads(jobs):
            final = next(c for c in candidates if c.name == chosen).build(pages)

    card_base = {"base": base if base in ("default", "none") else os.path.abspath(base)}
    if base != "none":
        card_base["base_sha256"] = base_model.card.get("sha256")
        card_base["base_name"] = base_model.card.get("name", "")
    after = {k: results[chosen][k] for k in ("threshold", "block", "token")} if eval_pages else None
    report = {
        "name": "boilerfilter retrained model",
        "created": time.strftime("%Y-%m-%d"),
        **card_base,
        "method": chosen,
        "method_description": results[chosen]["description"],
        "label_files": {str(p): _file_digest(p) for p in label_files},
        "dev_label_files": {str(p): _file_digest(p) for p in dev_files},
        "trained_on": {**stats, "labelled_sources": len({p.source for p in pages}),
                       "development_pages": data_pages if chosen == "data" else 0,
                       "development_data": str(root) if chosen == "data" else None},
        "weight": float(weight) if chosen == "data" else None,
        "threshold_chosen_by": ("token F1 on the --dev labels" if held_from == "dev" else
                                "token F1 on held-out labelled pages (20%, by source)" if held_from else
                                "not tuned: the base threshold" if base != "none" else "not tuned: 0.5"),
        "heldout": ({"pages": len(eval_pages), "from": held_from,
                     "sources": sorted({p.source for p in eval_pages})} if eval_pages else None),
        "refit_on_all_labels": refit,
        "candidates": results,
        "stacked_sides": getattr(final, "sides_", None),
        "metrics_heldout": {"before": before, "after": after} if eval_pages else None,
        "seconds": round(time.perf_counter() - started, 1),
    }
    report = _round(report)
    card = save_model(final, out, threshold=threshold, card=report)
    report["threshold"] = card["threshold"]
    report["out"] = str(out)
    return report


def describe(report: dict) -> str:
    """A few lines for people: what was trained on, and held-out scores before and after."""
    t = report["trained_on"]
    lines = [f"trained on {t['pages']} pages, {t['blocks']} blocks: {t['content']} content, "
             f"{t['boilerplate']} boilerplate, {t['unlabelled']} unlabelled; base {report['base']}; "
             f"method {report['method']} ({report['method_description']})"]
    for name, res in report["candidates"].items():
        if "token" in res:
            lines.append(f"  candidate {name}: held-out token F1 {res['token']['f1']:.3f}, block F1 "
                         f"{res['block']['f1']:.3f} at threshold {res['threshold']:.2f}")
    m = report.get("metrics_heldout")
    if m:
        h = report["heldout"]
        lines.append(f"held out ({h['from']}, {h['pages']} pages):        block P     R     F1  | token P     R     F1")
        for label in ("before", "after"):
            if not m.get(label):
                continue
            b, k = m[label]["block"], m[label]["token"]
            lines.append(f"  {label:<6} (threshold {m[label]['threshold']:.2f})       {b['precision']:.3f} "
                         f"{b['recall']:.3f} {b['f1']:.3f} |   {k['precision']:.3f} {k['recall']:.3f} {k['f1']:.3f}")
    else:
        lines.append("no held-out pages: nothing measured (label more pages, or pass --dev)")
    lines.append(f"wrote {report['out']} (threshold {report['threshold']:.2f})"
                 + ("; refitted on all labelled pages" if report.get("refit_on_all_labels") else ""))
    return "\n".join(lines)
