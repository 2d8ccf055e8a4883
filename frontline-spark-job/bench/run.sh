#!/usr/bin/env bash
# Single process against Spark local[2] on one archive: the eval corpus repeated to ARTICLES pages in gzipped WARC
# files, read by `frontline extract` and by `frontline-spark extract`, each timed end to end (JVM start included).
# Usage: frontline-spark-job/bench/run.sh [ARTICLES] [FILES]   (default 100000 articles in 20 files; scratch in $BENCH_DIR)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles="${1:-100000}"
files="${2:-20}"
dir="${BENCH_DIR:-/tmp/frontline-spark-bench}"
rm -rf "$dir" && mkdir -p "$dir"
python3 "$here/frontline-spark-job/bench/make_warcs.py" "$here/../shared/eval/corpus" "$dir/warc" "$articles" "$files"
du -sh "$dir/warc" >&2

measure() { # name, command...: prints the seconds the command took and the load average after it
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$dir/$name.log" 2>&1 || { echo "$name failed, see $dir/$name.log" >&2; tail -5 "$dir/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $(echo "$end - $start" | bc) $(cut -d' ' -f1-3 /proc/loadavg)"
}

heap="${BENCH_HEAP:--Xmx6g}"
single=$(FRONTLINE_JAVA_OPTS="$heap" measure single "$here/frontline" extract "$dir/warc" --format jsonl --out "$dir/single")
spark=$(FRONTLINE_JAVA_OPTS="$heap" measure spark "$here/frontline-spark" extract "$dir/warc" --master 'local[2]' --format parquet --out "$dir/spark")
single_events=$(wc -l < "$dir/single/extractions.jsonl")
for line in "$single" "$spark"; do
  read -r name seconds l1 l5 l15 <<< "$line"
  printf '%-7s %7d articles in %8.1f s = %6.1f articles/s   (load average after: %s %s %s)\n' \
    "$name" "$articles" "$seconds" "$(echo "$articles / $seconds" | bc -l)" "$l1" "$l5" "$l15"
done
echo "single: $single_events extractions written; spark: $(tail -1 "$dir/spark.log")"
