#!/usr/bin/env bash
# Precision and recall at a few `--min-confidence` thresholds, for README "Quality": extracts the eval corpus once
# with --min-confidence 0 into PRED_DIR, then for each threshold keeps the events at least that sure (the gold
# records carry each event's confidence) and scores them with ../shared/eval/score.py.
# Usage: bench/confidence.sh PRED_DIR [THRESHOLD...]   (default thresholds: 0 0.8 0.85 0.9 0.95 1.0)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$here/../shared/eval"
pred="${1:?usage: bench/confidence.sh PRED_DIR [THRESHOLD...]}"
shift
thresholds=("$@")
[ ${#thresholds[@]} -gt 0 ] || thresholds=(0 0.8 0.85 0.9 0.95 1.0)
rm -rf "$pred" && mkdir -p "$pred/all"
"$here/frontline" extract "$eval_dir/corpus" --format gold --min-confidence 0 --out "$pred/all" >/dev/null 2>"$pred/extract.log"
printf '| `--min-confidence` | events | right | precision | recall | F1 |\n| --- | --- | --- | --- | --- | --- |\n'
for t in "${thresholds[@]}"; do
  kept="$pred/min-$t"
  mkdir -p "$kept"
  python3 - "$pred/all" "$kept" "$t" <<'PY'
import json, os, sys
src, dst, t = sys.argv[1], sys.argv[2], float(sys.argv[3])
for name in os.listdir(src):
    if name.endswith(".json"):
        with open(os.path.join(src, name)) as f:
            record = json.load(f)
        record["events"] = [e for e in record.get("events", []) if (e.get("confidence") or 0) >= t]
        with open(os.path.join(dst, name), "w") as f:
            json.dump(record, f)
PY
  python3 "$eval_dir/score.py" "$eval_dir/corpus" "$kept" --json | tail -2 | head -1 | T="$t" python3 -c '
import json, os, sys
r = json.load(sys.stdin)
tp, fp, fn = (sum(v[k] for v in r["types"].values()) for k in ("tp", "fp", "fn"))
p = tp / (tp + fp) if tp + fp else 0.0
rc = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
print("| %s | %d | %d | %.2f | %.2f | %.2f |" % (os.environ["T"], tp + fp, tp, p, rc, f1))'
done
