#!/usr/bin/env bash
# Frontline and CLAVIN 2.1.0 side by side on the gold place names of an evaluation corpus, with the same
# gazetteer (Frontline's, exported in the GeoNames format for CLAVIN's index):
#   peers/clavin/run.sh ../shared/eval/corpus [--gazetteer DIR] [--seconds 3] [--work DIR]
# Builds the jars first when they are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peer="$root/peers/clavin/target/clavin-peer.jar"
if [ ! -f "$peer" ] || [ ! -f "$root/frontline-app/target/frontline.jar" ]; then
  echo "run.sh: building the jars (first run)..." >&2
  (cd "$root" && mvn -q -B -ntp -DskipTests package) >&2
fi
if [ $# -lt 1 ]; then
  echo "usage: peers/clavin/run.sh CORPUS [frontline bench geocode options]" >&2
  exit 2
fi
exec "$root/frontline" bench geocode "$@" --peer "java ${CLAVIN_JAVA_OPTS:-} -jar $peer"
