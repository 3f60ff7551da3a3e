#!/usr/bin/env bash
# Load test of the HTTP API: wrk (Debian's package) on loopback against POST /api/simulate with the shipped leg day.
# Usage: bash bench/load/run.sh [DURATION_S=30] [CONNECTIONS=32] [THREADS=2]
# Goal (issue 6): >= 2,000 requests/s with p99 latency <= 50 ms and no errors on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
connections=${2:-32}
threads=${3:-2}
port=${SURGE_LOAD_PORT:-5099}

if ! command -v wrk >/dev/null; then
  echo "wrk is not installed: apt-get install -y wrk" >&2
  exit 2
fi

source bench/load/serve.sh
work=$(mktemp -d)
server=""
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
start_server "http://127.0.0.1:$port" "$work/load.db" "$work/server.log"
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/yaml' --data-binary @examples/leg-day.yaml "http://127.0.0.1:$port/api/simulate"

export SURGE_LOAD_BODY="$PWD/examples/leg-day.yaml" SURGE_LOAD_TYPE=application/yaml
echo "warm-up 5 s..." >&2
wrk -t"$threads" -c"$connections" -d5s -s bench/load/post-file.lua "http://127.0.0.1:$port/api/simulate" >/dev/null
echo "measuring ${duration} s, $connections connections, $threads wrk threads..." >&2
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/load/post-file.lua "http://127.0.0.1:$port/api/simulate" | tee "$work/wrk.txt" >&2
line=$(grep '^SURGE ' "$work/wrk.txt")
echo "${line#SURGE }"
rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$line")
errors=$(awk '{for (i=1;i<=NF;i++) if ($i ~ /^(non2xx|malformed|socket_errors)=/) {split($i,a,"="); s+=a[2]}} END {print s+0}' <<<"$line")
if awk -v r="$rps" -v p="$p99" -v e="$errors" 'BEGIN {exit !(r >= 2000 && p <= 50 && e == 0)}'; then
  echo "goal met: >= 2000 requests/s, p99 <= 50 ms, no errors"
else
  echo "goal NOT met: >= 2000 requests/s, p99 <= 50 ms, no errors"
  exit 1
fi
