#!/usr/bin/env bash
# Server CPU time per request: starts `frontline serve` on a store (the jar given, default this checkout's), loads each
# URL with wrk (2 threads, 16 connections, 'Accept-Encoding: gzip') for WARM (default 5s) and then DUR (default 10s),
# and divides the server process's user+sys time during the second run (/proc/PID/stat) by the requests it answered.
# Wall-clock rates depend on what else the machine runs; CPU per request much less. Run it for two jars back to back
# to compare them.
#
#   frontline-server/bench/cpu.sh DB URL... (e.g. DB = the events store load.sh keeps, URL = '/api/events?limit=100')
#   JAR=/path/to/old/frontline.jar frontline-server/bench/cpu.sh DB URL...
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${JAR:-$repo/frontline-app/target/frontline.jar}"
[ $# -ge 2 ] || { echo "usage: cpu.sh DB URL..." >&2; exit 2; }
command -v wrk >/dev/null || { echo "cpu.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
db="$1"; shift
log="$(mktemp -t frontline-cpu.XXXXXX)"
java -XX:+UseSerialGC -Xms32m -jar "$jar" serve --db "$db" --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
base=""
for _ in $(seq 1 600); do
  base="$(sed -n 's|.* on \(http://127.0.0.1:[0-9]*\)/ .*|\1|p' "$log")"
  if [ -n "$base" ]; then break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "cpu.sh: the server did not start; see $log" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "$@"; do
  wrk -t2 -c16 -d"${WARM:-5s}" -H 'Accept-Encoding: gzip' "$base$url" >/dev/null
  before=$(cpu)
  out="$(wrk -t2 -c16 -d"${DUR:-10s}" --latency -H 'Accept-Encoding: gzip' "$base$url")"
  after=$(cpu)
  n=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  awk -v url="$url" -v n="$n" -v c=$((after - before)) -v t="$ticks" -v rate="$(echo "$out" | awk '/Requests\/sec/{print $2}')" \
      -v p99="$(echo "$out" | awk '$1=="99%"{print $2}')" \
      'BEGIN { printf "%s: %d requests, server CPU %.0f ms = %.3f ms per request; %s requests/s, p99 %s\n", url, n, c * 1000 / t, c * 1000 / t / n, rate, p99 }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
