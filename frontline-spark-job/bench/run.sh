#!/usr/bin/env bash
# Single process against Spark local[2] on one archive: the eval corpus repeated to ARTICLES pages in gzipped WARC
# files, read by `frontline extract` and by `frontline-spark extract`, each timed end to end (JVM start included),
# in wall time and in CPU time (user + system, all threads), which a loaded machine does not inflate as much.
# Usage: frontline-spark-job/bench/run.sh [ARTICLES] [FILES]   (default 100000 articles in 20 files; scratch in $BENCH_DIR)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles="${1:-100000}"
files="${2:-20}"
dir="${BENCH_DIR:-/tmp/frontline-spark-bench}"
rm -rf "$dir" && mkdir -p "$dir"
python3 "$here/frontline-spark-job/bench/make_warcs.py" "$here/../shared/eval/corpus" "$dir/warc" "$articles" "$files"
du -sh "$dir/warc" >&2

measure() { # name, command...: prints wall seconds, CPU seconds (user + system) and the load average after it
  local name="$1"; shift
  local TIMEFORMAT="%R %U %S"
  local took
  took=$( { time "$@" > "$dir/$name.log" 2>&1; } 2>&1 ) || { echo "$name failed, see $dir/$name.log" >&2; tail -5 "$dir/$name.log" >&2; exit 1; }
  read -r wall user sys <<< "$took"
  echo "$name $wall $(echo "$user + $sys" | bc) $(cut -d' ' -f1-3 /proc/loadavg)"
}

heap="${BENCH_HEAP:--Xmx6g}"
single=$(FRONTLINE_JAVA_OPTS="$heap" measure single "$here/frontline" extract "$dir/warc" --format jsonl --out "$dir/single")
spark=$(FRONTLINE_JAVA_OPTS="$heap" measure spark "$here/frontline-spark" extract "$dir/warc" --master 'local[2]' --format parquet --out "$dir/spark")
for line in "$single" "$spark"; do
  read -r name wall cpu l1 l5 l15 <<< "$line"
  printf '%-7s %7d articles: %7.1f s = %6.1f articles/s; CPU %7.1f s = %5.2f ms per article   (load average after: %s %s %s)\n' \
    "$name" "$articles" "$wall" "$(echo "$articles / $wall" | bc -l)" "$cpu" "$(echo "1000 * $cpu / $articles" | bc -l)" "$l1" "$l5" "$l15"
done
echo "single: $(wc -l < "$dir/single/extractions.jsonl") articles with their events written; spark: $(tail -1 "$dir/spark.log")"
