"""Plain-text threshold of a model, chosen on the development split: ``python -m training.calibrate``.

HTML and plain text reach the classifier in different shapes (trafilatura has already
removed most junk from HTML; a flattened page still carries all of it), so one
threshold does not suit both. This picks ``threshold_text``: the threshold that
maximises (share of boilerplate lines removed + share of content characters kept) on
the held-out flattened pages, and writes it into the model card (the card's SHA-256
covers the model file, which is not touched). The issue's target (90% removed at 97%
kept) is out of reach of the current model on this data: at 97% kept it removes ~83%
of boilerplate lines and at 90% removed it keeps ~95% (see the printed table), so the
balanced point is used rather than one side of the target; near-ties go to content kept.
"""
from __future__ import annotations

import argparse
import json
import sys

from boilerfilter.model import card_path, default_model_path, load_model

from .corpus import load_dataset
from .train import TRAIN_SETS, predict_pages, score_pages

#: Cap per dataset so the calibration runs in minutes (wcxb's held-out sites alone
#: flatten to ~85,000 lines); a stable choice: the first pages in file order.
MAX_PAGES = 80
GRID = [round(0.30 + 0.05 * i, 2) for i in range(14)]
#: Sums closer than this are a tie (half a point of one share): with the topic and prose
#: passes, 0.50 and 0.55 summed 1.858 and 1.855, and 0.55 kept 1.5 points more Chinese
#: content and lost a paragraph on fewer assembled Japanese pages (97.7% vs 97.3% whole).
TIE = 0.005


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default=str(default_model_path()))
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    model = load_model(args.model)
    dev = []
    for ds in TRAIN_SETS:
        dev += [p for p in load_dataset(ds, args.data) if p.split == "dev"][:MAX_PAGES]
    probs = predict_pages(model.pipeline, dev, "text")
    rows = {}
    for t in GRID:
        rows[t] = {lang: score_pages([p for p in dev if p.lang == lang],
                                     [pr for p, pr in zip(dev, probs) if p.lang == lang], t, "text")
                   for lang in ("en", "zh", "ja", "all") if lang == "all" or any(p.lang == lang for p in dev)}
        rows[t]["all"] = score_pages(dev, probs, t, "text")
        print(t, {k: (round(v["boilerplate_removed"], 3), round(v["content_kept"], 3)) for k, v in rows[t].items()},
              flush=True)
    def total(t):
        return rows[t]["all"]["boilerplate_removed"] + rows[t]["all"]["content_kept"]
    best = max(total(t) for t in GRID)
    # Within TIE of the best sum, the threshold that keeps the most content: content kept
    # is the side further from its target (97%).
    chosen = max((t for t in GRID if total(t) >= best - TIE), key=lambda t: rows[t]["all"]["content_kept"])
    cpath = card_path(args.model)
    card = json.loads(cpath.read_text("utf-8"))
    card["threshold_text"] = chosen
    card["threshold_text_chosen_by"] = (f"max of boilerplate lines removed + content characters kept on "
                                        f"flattened held-out pages (<= {MAX_PAGES} per dataset); within {TIE} "
                                        f"of the max, the most content kept")
    card["metrics_dev_text"] = {k: v for k, v in rows[chosen].items()}
    cpath.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print("threshold_text", chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
