#!/usr/bin/env bash
# The cost of an uncached day of /api/territory (issue 12: the shipped base maps plus 10,000 stored events, < 300 ms):
# a store of `basemap import all-2017-07` and 10,000 made-up events as `bench query` writes them, served on the
# default grid (964,660 cells) with no kept territory; a first day warms the server up (theatre, borders, JIT), then
# each further day is asked for once, and its wall time (curl) and the server's CPU time for it (user + sys from
# /proc/PID/stat around the request) are printed, and at the end the server's CPU over those days by kind of thread
# (request, JIT compilers, the collector's VM thread; serve.sh's server_threads_ms): on 2 December 2026 the compilers
# took about as much as the requests over the eight days after one warm-up day. WARMUP_DAYS (space-separated) warms
# up with more days, to see an uncached day of a server that has run a while.
#
#   frontline-server/bench/territory-days.sh [DIR]        # FRONTLINE_JAR=other.jar to time another build
#
# DIR (default: a new temporary directory) keeps the store, so a second run skips filling it; the kept
# territories beside it (DIR/territory-10k.db.terrain/territory-*, shapes-*) are deleted before each run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
frontline="$repo/frontline"
dir="${1:-$(mktemp -d -t frontline-days.XXXXXX)}"
mkdir -p "$dir"
db="$dir/territory-10k.db"
warmups="${WARMUP_DAYS:-2017-08-01}"
days="${DAYS:-2017-09-01 2017-10-15 2017-12-01 2018-02-01 2018-04-01 2018-06-01 2018-09-01 2018-12-01}"

if [ ! -f "$db" ]; then
  "$frontline" basemap import all-2017-07 --db "$db" >/dev/null 2>&1
fi
"$frontline" bench query --db "$db" --events 10000 --queries 1 >/dev/null
rm -f "$db.terrain"/territory-* "$db.terrain"/shapes-*

. "$repo/frontline-server/bench/serve.sh"
trap serve_stop EXIT
serve_start "$db" "$dir/serve-days.log"

# one request: kind, day, HTTP status, wall ms, the server's CPU ms for it, bytes sent (gzipped)
day() {
  local before after code wall bytes
  before="$(server_cpu_ms)"
  read -r code wall bytes < <(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "$base/api/territory?date=$2")
  after="$(server_cpu_ms)"
  printf '%-7s %-12s %4s %8.0f %8d %10d\n' "$1" "$2" "$code" "$(echo "$wall * 1000" | bc)" "$((after - before))" "$bytes"
  last_cpu=$((after - before))
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-12s %4s %8s %8s %10s\n' kind day http wall_ms cpu_ms bytes
for w in $warmups; do
  day warmup "$w"
done
read -r _ request0 _ jit0 _ gc0 _ other0 < <(server_threads_ms)
total=0
count=0
for d in $days; do
  day day "$d"
  total=$((total + last_cpu))
  count=$((count + 1))
done
echo "mean server CPU of the $count uncached days: $((total / count)) ms"
read -r _ request1 _ jit1 _ gc1 _ other1 < <(server_threads_ms)
echo "of it per day: requests $(((request1 - request0) / count)) ms, JIT $(((jit1 - jit0) / count)) ms, collector $(((gc1 - gc0) / count)) ms, other $(((other1 - other0) / count)) ms"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
