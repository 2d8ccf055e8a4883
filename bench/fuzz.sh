#!/usr/bin/env bash
# Fuzzes every harness one after another (Jazzer runs one fuzz test per JVM), each for the budget its
# @FuzzTest gives (maxDuration, maxExecutions), with a one-second limit per input; keeps a log per harness.
# Usage: bench/fuzz.sh [LOG_DIR] [HARNESS...]   e.g. bench/fuzz.sh /tmp/fuzz 'ReadersFuzzTest#htmlPage'
# Crashing inputs land in the harness's src/test/resources/.../<Class>Inputs/<method>/ directory, where
# `mvn verify` replays them; fix the reader, keep the input.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
logs="${1:-${TMPDIR:-/tmp}/frontline-fuzz}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(frontline-core:ReadersFuzzTest#htmlPage frontline-core:ReadersFuzzTest#textWithHeaders
    frontline-core:ReadersFuzzTest#feed frontline-core:ReadersFuzzTest#warc frontline-core:ReadersFuzzTest#warcGz
    frontline-core:ReadersFuzzTest#publicationDate frontline-core:PlaceReadersFuzzTest#geoNamesDump
    frontline-core:PlaceReadersFuzzTest#placesGeoJson frontline-core:PlaceReadersFuzzTest#luaModule
    frontline-terrain:BaseMapReadersFuzzTest#csvBaseMap frontline-terrain:BaseMapReadersFuzzTest#geoJsonBaseMap)
fi
mkdir -p "$logs"
cd "$here"
for h in "${harnesses[@]}"; do
  module="${h%%:*}"
  test="${h#*:}"
  log="$logs/${test//#/.}.log"
  echo "fuzz: $test ($module), log $log"
  JAZZER_FUZZ=1 mvn -B -ntp -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=-timeout=1 >"$log" 2>&1
  echo "fuzz: $test: exit $?; $(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)"
done
