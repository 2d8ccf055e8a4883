#!/usr/bin/env bash
# Load test of `frontline serve` on loopback with wrk (Debian: apt-get install -y wrk): requests/s and latency
# percentiles of /api/events over a store of 100,000 made-up events, and of /api/territory (the shipped base maps,
# all-2017-07, plus 10,000 made-up events) on the default grid; then the cost of uncached days of that store
# (territory-days.sh). Each wrk run lasts DURATION (default 10s). Requests say
# 'Accept-Encoding: gzip' as browsers do: the server keeps each day's map gzipped and sends it as it is.
#
#   frontline-server/bench/load.sh [DIR]
#
# DIR (default: a new temporary directory) keeps the two stores, so a second run skips filling them.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
frontline="$repo/frontline"
dir="${1:-$(mktemp -d -t frontline-load.XXXXXX)}"
duration="${DURATION:-10s}"
mkdir -p "$dir"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

# the stores: made-up events as `bench query` writes them (5 years, 5,000 places, 30 actors)
"$frontline" bench query --db "$dir/events-100k.db" --events 100000 --queries 20 >/dev/null
if [ ! -f "$dir/territory-10k.db" ]; then
  "$frontline" basemap import all-2017-07 --db "$dir/territory-10k.db"
fi
"$frontline" bench query --db "$dir/territory-10k.db" --events 10000 --queries 20 >/dev/null

. "$repo/frontline-server/bench/serve.sh"
trap serve_stop EXIT
# serves a store of $dir by name and sets $base
serve() { serve_start "$dir/$1.db" "$dir/serve-$1.log"; }

# times a first (uncached) request, then loads the same URL with wrk: a warm-up run of WARMUP (default 5s, so the
# JIT has compiled the handler, as in a server that has been up a while; its numbers are not kept), then the measured run
gzip="Accept-Encoding: gzip"
warmup="${WARMUP:-5s}"
measure() {
  printf '\n== %s\n' "$1"
  curl -s -H "$gzip" -o /dev/null -w "first request: %{http_code}, %{time_total} s, %{size_download} bytes\n" "$base$1"
  curl -s -H "$gzip" -o /dev/null -w "second request: %{http_code}, %{time_total} s\n" "$base$1"
  wrk -t2 -c16 -d"$warmup" -H "$gzip" "$base$1" >/dev/null
  wrk -t2 -c16 -d"$duration" --latency -H "$gzip" "$base$1" | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
serve events-100k
measure "/api/events?limit=100"
# the server keeps pages it sent; every request another page (offsets.lua: offset 0, 1, 2, ...) measures pages read anew
printf '\n== /api/events?limit=100&offset=N, every request another page (offsets.lua)\n'
FIRST_OFFSET=50000 wrk -t2 -c16 -d"$warmup" -s "$repo/frontline-server/bench/offsets.lua" -H "$gzip" "$base/api/events?limit=100" >/dev/null
wrk -t2 -c16 -d"$duration" --latency -s "$repo/frontline-server/bench/offsets.lua" -H "$gzip" "$base/api/events?limit=100" \
  | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'
measure "/api/events?by=event&from=2016-03-01&to=2016-03-30&near=34.5,41.0&km=25"
serve_stop

serve territory-10k
for day in 2017-08-01 2018-09-01; do
  curl -s -H "$gzip" -o /dev/null -w "territory of $day, first request: %{http_code}, %{time_total} s, %{size_download} bytes\n" "$base/api/territory?date=$day"
done
measure "/api/territory?date=2018-09-01"
serve_stop
"$repo/frontline-server/bench/territory-days.sh" "$dir"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
