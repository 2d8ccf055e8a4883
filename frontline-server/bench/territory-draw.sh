#!/usr/bin/env bash
# In-process CPU time of drawing uncached days (issue 12), without the server around it: the store and terrain cache
# that territory-days.sh left in DIR (run it first), each day's territory read back, then its polygons, contact lines
# and JSON timed in the thread's CPU time (java/TerritoryDraw.java), ROUNDS rounds (the first warms the JIT up).
# DAYS (space-separated) overrides the days (those of territory-days.sh).
#
#   frontline-server/bench/territory-draw.sh DIR [OUT]     # FRONTLINE_JAR=other.jar to time another build
#
# With OUT, the last round's polygons, cells and contact lengths are written there; compare two builds' with
#   java -cp frontline.jar frontline-server/bench/java/TerritoryCompare.java OUT-OLD OUT-NEW
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$1"
jar="${FRONTLINE_JAR:-$repo/frontline-app/target/frontline.jar}"
cache="$(mktemp -d -t frontline-draw.XXXXXX)"
trap 'rm -rf "$cache"' EXIT
cp "$dir"/territory-10k.db.terrain/grid-* "$dir"/territory-10k.db.terrain/borders-* "$dir"/territory-10k.db.terrain/territory-* "$cache"/
java -XX:+UseSerialGC -Drounds="${ROUNDS:-2}" ${DAYS:+-Ddays="$DAYS"} -cp "$jar" "$repo/frontline-server/bench/java/TerritoryDraw.java" \
  "$dir/territory-10k.db" "$cache" ${2:+"$2"} 2>&1 | grep '^round'
