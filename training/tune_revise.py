"""Tune the context pass's constants on the development split: ``python -m training.tune_revise``.

Scores the shipped model's probabilities (computed once) under each setting of
``revise.UNCERTAIN``, ``revise.SHORT_CHARS``, ``revise.RUN_MIN`` and ``revise.SURE``; prints HTML token F1 and the
plain-text shares (boilerplate lines removed, content characters kept).
"""
from __future__ import annotations

import sys

from boilerfilter import revise as rv
from boilerfilter.revise import RUN_MIN, SHORT_CHARS, SURE, UNCERTAIN
from boilerfilter.model import load_model

from .corpus import load_dataset
from .train import TRAIN_SETS, predict_pages, score_pages

MAX_PAGES = 80


def main() -> int:
    model = load_model()
    # at most MAX_PAGES held-out pages per dataset: the flattened pages are long
    dev = [p for ds in TRAIN_SETS for p in [p for p in load_dataset(ds) if p.split == "dev"][:MAX_PAGES]]
    html = predict_pages(model.pipeline, dev, "html")
    text = predict_pages(model.pipeline, dev, "text")
    t = model.threshold

    def report(label: str) -> None:
        h = score_pages(dev, html, t, "html")
        x = score_pages(dev, text, model.threshold_for("text"), "text")
        print(f"{label}: html F1 {h['f1']:.4f}  text removed {x['boilerplate_removed']:.4f} "
              f"kept {x['content_kept']:.4f}", flush=True)

    for unc in (0.0, 0.1, 0.2):
        for short in (0, 20, 40):
            rv.UNCERTAIN, rv.SHORT_CHARS = unc, short
            report(f"uncertain={unc} short={short}")
    rv.UNCERTAIN, rv.SHORT_CHARS = UNCERTAIN, SHORT_CHARS
    for run_min in (0, 3, 5):
        rv.RUN_MIN = run_min
        report(f"run_min={run_min}")
    rv.RUN_MIN = RUN_MIN
    for sure in (1.0, 0.95, 0.9):  # 1.0: a short block always follows its neighbours
        rv.SURE = sure
        report(f"sure={sure}")
    rv.SURE = SURE
    for share in (0.0, 0.1, 0.2):
        for score in (0.9, 0.95):
            rv.RESCUE_SHARE, rv.RESCUE_SCORE = share, score
            h = score_pages(dev, html, t, "html")
            print(f"rescue share={share} score={score}: html F1 {h['f1']:.4f} P {h['precision']:.4f} "
                  f"R {h['recall']:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
