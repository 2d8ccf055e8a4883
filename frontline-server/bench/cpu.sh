#!/usr/bin/env bash
# Server CPU time per request: starts `frontline serve` on a store (this checkout's ./frontline, or the jar FRONTLINE_JAR names), loads each
# URL with wrk (2 threads, 16 connections, 'Accept-Encoding: gzip') for WARM (default 5s) and then DUR (default 10s),
# and divides the server process's user+sys time during the second run (/proc/PID/stat) by the requests it answered.
# Wall-clock rates depend on what else the machine runs; CPU per request much less. Run it for two jars back to back
# to compare them.
#
#   frontline-server/bench/cpu.sh DB URL... (e.g. DB = the events store load.sh keeps, URL = '/api/events?limit=100')
#   FRONTLINE_JAR=/path/to/old/frontline.jar frontline-server/bench/cpu.sh DB URL...
#   UNCACHED=1 frontline-server/bench/cpu.sh DB URL...: every request another page of the URL (offset 0, 1, 2, ...;
#   offsets.lua; the warm-up from offset 50,000), so that the server reads and writes each page anew rather than
#   sending one it keeps
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 2 ] || { echo "usage: cpu.sh DB URL..." >&2; exit 2; }
command -v wrk >/dev/null || { echo "cpu.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
db="$1"; shift
script=()
if [ -n "${UNCACHED:-}" ]; then script=(-s "$repo/frontline-server/bench/offsets.lua"); fi
. "$repo/frontline-server/bench/serve.sh"
trap serve_stop EXIT
serve_start "$db" "$(mktemp -t frontline-cpu.XXXXXX)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "$@"; do
  FIRST_OFFSET=50000 wrk -t2 -c16 -d"${WARM:-5s}" "${script[@]}" -H 'Accept-Encoding: gzip' "$base$url" >/dev/null
  before=$(server_cpu_ms)
  out="$(wrk -t2 -c16 -d"${DUR:-10s}" --latency "${script[@]}" -H 'Accept-Encoding: gzip' "$base$url")"
  after=$(server_cpu_ms)
  n=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  awk -v url="$url" -v n="$n" -v ms=$((after - before)) -v rate="$(echo "$out" | awk '/Requests\/sec/{print $2}')" \
      -v p99="$(echo "$out" | awk '$1=="99%"{print $2}')" \
      'BEGIN { printf "%s: %d requests, server CPU %.0f ms = %.3f ms per request; %s requests/s, p99 %s\n", url, n, ms, ms / n, rate, p99 }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
