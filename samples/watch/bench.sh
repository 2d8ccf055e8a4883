#!/usr/bin/env bash
# Measures `frontline watch --once` end to end on this machine: N pages made from the evaluation corpus (each
# copy numbered, so that the store's idempotence does not skip it), one RSS feed listing them, served on
# 127.0.0.1 by Python's http.server (which answers If-Modified-Since with 304). Prints the first poll (every page
# fetched, extracted, geocoded and stored) and the second (304). Usage: samples/watch/bench.sh [N] [SCRATCH_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-300}"
scratch="${2:-$(mktemp -d)}"
corpus="$here/../shared/eval/corpus"
[ -d "$corpus" ] || { echo "bench.sh: needs the evaluation corpus at $corpus" >&2; exit 1; }
mkdir -p "$scratch/site"
python3 - "$corpus" "$scratch/site" "$n" <<'PY'
import html, pathlib, sys
corpus, site, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
for i in range(n):
    body = texts[i % len(texts)].split("\n\n", 1)[-1]  # without the header lines
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
    (site / f"{i}.html").write_text(f"<html><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>"
                                    f"<p>Copy number {i} of the report.</p>{paragraphs}</article></body></html>", encoding="utf-8")
PY
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$scratch/site" > "$scratch/http.log" 2>&1 &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do grep -q 'port' "$scratch/http.log" && break; sleep 0.1; done
port="$(grep -o 'port [0-9]*' "$scratch/http.log" | grep -o '[0-9]*')"
{
  echo "<?xml version='1.0'?><rss version='2.0'><channel><title>bench</title>"
  for i in $(seq 0 $((n - 1))); do echo "<item><title>Report $i</title><link>http://127.0.0.1:$port/$i.html</link></item>"; done
  echo "</channel></rss>"
} > "$scratch/site/feed.xml"
for poll in first second; do
  start=$(date +%s.%N)
  "$here/frontline" watch "http://127.0.0.1:$port/feed.xml" --once --allow-private --host-delay 0s --db "$scratch/bench.db"
  end=$(date +%s.%N)
  python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]} poll: {t:.1f} s wall, JVM start included')" "$start" "$end" "$poll"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
