#!/usr/bin/env bash
# The founding scenario, from articles to the answer and the map, on the embedded default (a SQLite file).
#
#   samples/founding/story.sh [DIR]
#
# DIR (default: a new temporary directory) receives the store, a gazetteer directory and the map page.
# The founding article (Middle East Eye, 29 May 2017) is read from ../shared/eval/corpus/mee-*.txt next to
# the repository, or from $FOUNDING_ARTICLE; the repository holds no copy of it. Without it the story runs on the
# two reports written for the project, which reach the same answer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
frontline="$repo/frontline"
dir="${1:-$(mktemp -d -t frontline-founding.XXXXXX)}"
mkdir -p "$dir"
db="$dir/founding.db"
gazetteer="$dir/gazetteer"
# a few dozen places cannot fill the default 12 km around each: at 12 km al-Hawl, Tell Brak and Hasakah do not
# join into one SDF territory, and there is no corridor through it; 20 km joins them (docs/linkup.md)
terrain=(--db "$db" --radius-km 20)
coalition=(--coalition PMF,SYR_GOV,HEZBOLLAH,IRN --from-actor PMF --to-actor SYR_GOV)

founding="${FOUNDING_ARTICLE:-}"
if [ -z "$founding" ]; then
  for candidate in "$repo"/../shared/eval/corpus/mee-*.txt "$repo"/../../shared/eval/corpus/mee-*.txt; do
    if [ -f "$candidate" ]; then founding="$candidate"; break; fi
  done
fi
if [ -n "$founding" ] && [ ! -f "$founding" ]; then
  echo "story.sh: $founding: no such file (FOUNDING_ARTICLE)" >&2
  exit 1
fi

step() { printf '\n== %s\n' "$*"; }

step "Umm Jaris, a border village the shipped gazetteer lacks, into this story's gazetteer"
"$frontline" places import "$here/places.geojson" --format geojson --gazetteer "$gazetteer"

step "Base map of 27 May 2017"
"$frontline" basemap import "$here/basemap-2017-05-27.csv" --format csv --date 2017-05-27 --db "$db"

step "Reports of 28 and 29 May, and the founding article (published 29 May 2017)"
"$frontline" ingest --db "$db" --gazetteer "$gazetteer" "$here/reports"
if [ -n "$founding" ]; then
  "$frontline" ingest --db "$db" --gazetteer "$gazetteer" --published 2017-05-29 "$founding"
else
  # the two reports alone carry the PMF to the border; the article adds its own account of the same day
  echo "story.sh: the founding article is not next to the repository (../shared/eval/corpus/mee-*.txt) nor in" \
    "FOUNDING_ARTICLE; the story goes on with the two reports" >&2
fi
"$frontline" events --db "$db" --by event --from 2017-05-28 --actor PMF

for day in 2017-05-27 2017-05-29; do
  step "Link-up on $day: PMF to the Syrian government, with SDF territory passable and without"
  "$frontline" linkup "${terrain[@]}" "${coalition[@]}" --passable SDF --date "$day"
done

step "PMF-SDF contact on 27 May"
"$frontline" contacts "${terrain[@]}" --date 2017-05-27 --pair PMF,SDF
step "PMF-SDF contact on 29 May"
"$frontline" contacts "${terrain[@]}" --date 2017-05-29 --since 2017-05-27 --pair PMF,SDF

step "Map of 29 May (new contacts since 27 May, the corridor)"
"$frontline" map "${terrain[@]}" "${coalition[@]}" --passable SDF --date 2017-05-29 --compare 2017-05-27 \
  --out "$dir/founding-2017-05-29.html"
echo "open $dir/founding-2017-05-29.html"
