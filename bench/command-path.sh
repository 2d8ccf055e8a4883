#!/usr/bin/env bash
# The command path against the engine, side by side in one run: `frontline bench extract` (the pipeline alone,
# articles in memory) and, end to end, `frontline extract DIR --format gold` (with geocoding) and
# `frontline ingest DIR` into a new SQLite file, on a folder of the eval corpus's texts copied REPEAT times (each copy
# a distinct article).
# Prints articles/s, peak resident memory, CPU time (user+sys: on a shared machine wall time undercounts what the
# cores would do alone) and the load average.
# Usage: bench/command-path.sh [REPEAT]   (default 75: 67 texts x 75 = 5,025 articles)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$here/../shared/eval/corpus"
repeat="${1:-75}"
work="${TMPDIR:-/tmp}/frontline-command-path"
rm -rf "$work" && mkdir -p "$work/in"
# each copy a distinct article, as a real folder would hold: its own file name (so its own id), URL and text (a last
# line naming the copy, which no rule reads, a sentence: the reader drops a lone "Copy 1000." as page furniture, which made
# copies 1001-1500 the same text as 1000), so that ingest stores every one instead of finding copies already stored
python3 - "$corpus" "$work/in" "$repeat" <<'PY'
import os, sys
corpus, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = {f: open(os.path.join(corpus, f), encoding="utf-8").read() for f in sorted(os.listdir(corpus)) if f.endswith(".txt")}
for i in range(1, repeat + 1):
    folder = os.path.join(out, "r%d" % i)
    os.makedirs(folder)
    for name, text in texts.items():
        first, sep, rest = text.partition("\n")
        if first.startswith("URL:"):
            text = first + "?copy=%d" % i + sep + rest
        with open(os.path.join(folder, "r%d-%s" % (i, name)), "w", encoding="utf-8") as f:
            f.write(text + ("" if text.endswith("\n") else "\n") + "\nThis is copy %d of the text.\n" % i)
PY
articles=$(find "$work/in" -name '*.txt' | wc -l)
frontline="$here/frontline"
[ -f "$here/frontline-app/target/frontline.jar" ] || "$frontline" --version >/dev/null

timed() { # name, command...: runs it, prints "name  articles/s  peak RSS  CPU time"
  local name="$1"; shift
  local start end rss user sys
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >"$work/$name.out" 2>"$work/$name.err"
  end=$(date +%s.%N)
  read -r rss user sys < <(tail -1 "$work/rss")
  awk -v n="$articles" -v s="$start" -v e="$end" -v r="$rss" -v u="$user" -v y="$sys" -v name="$name" \
    'BEGIN { printf "%-28s %7.0f articles/s  (%d in %.1f s, peak RSS %d MB, CPU %.1f s: %.2f ms/article)\n", name, n / (e - s), n, e - s, r / 1024, u + y, 1000 * (u + y) / n }'
  awk -v n="$articles" -v s="$start" -v e="$end" 'BEGIN { print n / (e - s) }' >"$work/$name.rate"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$frontline" bench extract "$corpus" --articles "$articles" | tee "$work/bench.out" | grep -E 'throughput|threads'
engine=$(awk '/^throughput/ { print $2 }' "$work/bench.out")
timed "extract --format gold" "$frontline" extract "$work/in" --format gold
timed "ingest (SQLite)" "$frontline" ingest "$work/in" --db "$work/bench.db"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v e="$engine" -v c="$(cat "$work/extract --format gold.rate")" \
  'BEGIN { printf "extract end to end / bench extract: %.0f%%\n", 100 * c / e }'
