#!/usr/bin/env bash
# The service measured: batch pre-coding of 10,000 encounters into SQLite, the lookup endpoint under wrk on loopback,
# and the durability and concurrency runs (Scripts/service/durability.py). Prints one summary line per part.
#   bash Scripts/service/measure.sh            # ENCOUNTERS=10000 KILLS=20 CODERS=50 SECONDS=180 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
ENCOUNTERS=${ENCOUNTERS:-10000}
KILLS=${KILLS:-20}
CODERS=${CODERS:-50}
SECONDS_=${SECONDS:-180}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
swift build -c release --product coder >/dev/null
coder=.build/release/coder
work=$(mktemp -d /tmp/opencoder-measure-XXXX)

# batch pre-coding, end to end into SQLite (import first, then the job; the engines' load is counted apart)
python3 Scripts/service/make-load-bundle.py "$ENCOUNTERS" "$work/load.fhir.json" >/dev/null
/usr/bin/time -f "import_seconds=%e max_rss_kb=%M" $coder import --db "$work/batch.sqlite" "$work/load.fhir.json" 2>&1 | tail -2
start=$(date +%s.%N)
$coder precode --db "$work/batch.sqlite" | tail -1
end=$(date +%s.%N)
echo "precode wall_seconds=$(echo "$end - $start" | bc) (includes loading the engines)"

# lookup under wrk: 2 threads, 16 and then 4 connections, 20 s each, six queries a coder would type
$coder serve --db "$work/serve.sqlite" --port 18090 --admin-password measure-admin-1 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -sf http://127.0.0.1:18090/health >/dev/null && break; sleep 0.1; done
cat >"$work/lookup.lua" <<'LUA'
local queries = {"aspiration%20pneum", "chf", "fx%20left%20femoral%20neck", "type%202%20diabetes%20ckd", "j69", "sepsis%20uti"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/lookup?q=" .. queries[(i % #queries) + 1] .. "&limit=10")
end
done = function(summary, latency, requests)
  io.write(string.format("lookup_http requests=%d seconds=%.1f rps=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
for c in 16 4; do
    echo -n "connections=$c "
    wrk -t2 -c$c -d20s -s "$work/lookup.lua" http://127.0.0.1:18090 | grep lookup_http
done
kill $pid; wait $pid 2>/dev/null || true

python3 Scripts/service/durability.py --coder $coder --encounters 8000 --kills "$KILLS" --coders "$CODERS" --seconds "$SECONDS_"
