#!/usr/bin/env bash
# How extraction holds on articles it was not tuned on: extracts the eval corpus in the gold format into PRED_DIR,
# prints the scorer's full output on the whole corpus, then the score of each of the five folds' check parts
# (../shared/eval/folds.py: a fixed split by a hash of the id) and their mean.
# Fold 0's check part is the "never read" set: read errors only in fold-0/tune, watch fold 0's score.
# Usage: bench/folds.sh PRED_DIR [--no-extract]   (--no-extract scores predictions already in PRED_DIR)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$here/../shared/eval"
pred="${1:?usage: bench/folds.sh PRED_DIR [--no-extract]}"
if [ "${2:-}" != "--no-extract" ]; then
  rm -rf "$pred" && mkdir -p "$pred"
  "$here/frontline" extract "$eval_dir/corpus" --format gold --out "$pred" >/dev/null 2>"$pred.log"
fi
folds="$(mktemp -d)"
trap 'rm -rf "$folds"' EXIT
python3 "$eval_dir/folds.py" "$eval_dir/corpus" "$folds" >/dev/null
echo "== corpus"
python3 "$eval_dir/score.py" "$eval_dir/corpus" "$pred"
echo "== check parts of the folds"
printf '%-6s %8s %6s %6s %6s %8s %10s\n' fold articles P R F1 capture relations
for i in 0 1 2 3 4; do
  python3 "$eval_dir/score.py" "$folds/fold-$i/check" "$pred" --json | tail -2 | head -1 | FOLD="$i" python3 -c '
import json, os, sys
r = json.load(sys.stdin)
tp, fp, fn = (sum(v[k] for v in r["types"].values()) for k in ("tp", "fp", "fn"))
p = tp / (tp + fp) if tp + fp else 0.0
rc = tp / (tp + fn) if tp + fn else 0.0
row = (os.environ["FOLD"], r["articles"], p, rc, r["event_f1"], r["capture_f1"], r["relations"]["f1"])
print("%-6s %8d %6.2f %6.2f %6.3f %8.2f %10.2f" % row)'
done | tee "$folds/table"
awk '{ f += $5; c += $6; r += $7; n++ } END { printf "%-6s %8s %6s %6s %6.3f %8.2f %10.2f\n", "mean", "", "", "", f / n, c / n, r / n }' "$folds/table"
