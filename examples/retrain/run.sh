#!/bin/sh
# The retraining loop on a fictional recipe site, end to end:
#   blocks -> corrected labels -> train -> evaluate before/after on pages never labelled.
#
# Usage: sh examples/retrain/run.sh [WORK_DIR]      (default WORK_DIR: examples/retrain/work)
# Environment: PYTHON (default: python3), BF (default: "$PYTHON -m boilerfilter"), BOILERFILTER_DATA (the development data, if any:
# when found, `train` also tries a model retrained on them; point it at a missing folder to
# see what a user with only the installed package gets).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WORK=${1:-$HERE/work}
PYTHON=${PYTHON:-python3}
# run the checkout's boilerfilter whether or not it is installed
export PYTHONPATH="$REPO${PYTHONPATH:+:$PYTHONPATH}"
BF=${BF:-"$PYTHON -m boilerfilter"}
mkdir -p "$WORK"
cd "$HERE"

echo "== 1. export every block of the 4 pages to label, with the shipped model's decisions"
$BF blocks pages/label -o "$WORK/blocks.jsonl"

echo "== 2. correct the labels (relabel.py applies the rule a person would)"
$PYTHON relabel.py "$WORK/blocks.jsonl" "$WORK/labels.jsonl"

echo "== 3. train on the corrected labels"
$BF train "$WORK/labels.jsonl" -o "$WORK/recipe-model.joblib"

echo "== 4. the 4 test pages and their gold texts as a dataset folder (pages.jsonl)"
$PYTHON - "$WORK/testset" <<'EOF'
import json, sys
from pathlib import Path

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
with open(out / "pages.jsonl", "w", encoding="utf-8") as fh:
    for page in sorted(Path("pages/test").glob("*.html")):
        gold = Path("gold") / (page.stem + ".txt")
        fh.write(json.dumps({"id": page.stem, "url": None, "lang": "en",
                             "gold_text": gold.read_text(encoding="utf-8"),
                             "html": str(page.resolve())}) + "\n")
EOF

echo "== 5. before: the shipped model (and trafilatura, jusText on the same pages)"
$BF evaluate "$WORK/testset" --compare trafilatura,justext --out "$WORK/before.json"

echo "== 6. after: the retrained model"
$BF evaluate "$WORK/testset" --model "$WORK/recipe-model.joblib" --out "$WORK/after.json"

echo "== 7. after, as a check with floors: exit 1 if the retrained model falls below them"
echo '{"testset/en": 0.95}' > "$WORK/floors.json"
$BF evaluate "$WORK/testset" --model "$WORK/recipe-model.joblib" --floors "$WORK/floors.json" > /dev/null
echo "floors met"
