#!/usr/bin/env bash
# The territory commands on the shipped real maps against `frontline --version` (JVM start-up and the command line
# alone), with hyperfine: a fresh SQLite store with `basemap import all-2017-07`, each command run once to fill the
# terrain cache (and write its class archive), then `--warmup 2 --runs 10` of each. Prints each command's mean wall
# time and CPU time (user + sys) and their ratios to --version's, with the load average (the machine may be shared).
# Goal (issue 11): each at most 3x the wall time of --version.
# Usage: bench/terrain-commands.sh [RUNS]   (default 10); needs hyperfine (apt-get install -y hyperfine)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
work="${TMPDIR:-/tmp}/frontline-terrain-commands"
rm -rf "$work" && mkdir -p "$work"
frontline="$here/frontline"
db="$work/real.db"
[ -f "$here/frontline-app/target/frontline.jar" ] || "$frontline" --version >/dev/null

"$frontline" basemap import all-2017-07 --db "$db" 2>&1 | tr "\r" "\n" | grep -a "claims added" | sed "s/.*frontline:/frontline:/"
names=(version linkup contacts control map)
commands=(
  "$frontline --version"
  "$frontline linkup --db $db --date 2017-07-25 --coalition SYR_GOV --from 'Deir ez-Zor' --to Damascus"
  "$frontline contacts --db $db --date 2017-07-25"
  "$frontline control 'Tal Afar' --db $db"
  "$frontline map --db $db --date 2017-07-25 --out $work/m.html"
)
for c in "${commands[@]}"; do # fills the cache and writes each command's class archive
  bash -c "$c" >/dev/null 2>&1
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
args=()
for i in "${!names[@]}"; do
  args+=(--command-name "${names[$i]}" "${commands[$i]}")
done
hyperfine --warmup 2 --runs "$runs" --style basic --export-json "$work/times.json" "${args[@]}" >"$work/hyperfine.out"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/times.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = results["version"]
base_cpu = base["user"] + base["system"]
print(f"{'command':10} {'wall s':>8} {'± s':>6} {'cpu s':>7} {'wall/--version':>15} {'cpu/--version':>14}")
for name, r in results.items():
    cpu = r["user"] + r["system"]
    print(f"{name:10} {r['mean']:8.3f} {r['stddev']:6.3f} {cpu:7.3f} {r['mean'] / base['mean']:15.2f} {cpu / base_cpu:14.2f}")
EOF
ls -la "$work/m.html" | awk '{ printf "map page: %.1f MB\n", $5 / 1e6 }'
