#!/usr/bin/env bash
# Abuse test: with the loopback exemption off, one client (127.0.0.1, wrk) floods POST /api/simulate far past its
# 600-per-minute budget while another client (127.0.0.2, curl) keeps asking for a simulation every 0.5 s.
# The second client must be answered (200) quickly throughout. Usage: bash bench/load/abuse.sh [SECONDS=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
port=${SURGE_LOAD_PORT:-5098}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
source bench/load/serve.sh
work=$(mktemp -d)
server=""
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
export Surge__RateLimit__ExemptLoopback=false
start_server "http://127.0.0.1:$port" "$work/abuse.db" "$work/server.log"

export SURGE_LOAD_BODY="$PWD/examples/leg-day.yaml" SURGE_LOAD_TYPE=application/yaml
wrk -t2 -c32 -d"${duration}s" --latency -s bench/load/post-file.lua "http://127.0.0.1:$port/api/simulate" >"$work/wrk.txt" 2>&1 &
flood=$!
sleep 3
: >"$work/curl.txt"
for _ in $(seq 1 $(( (duration - 5) * 2 ))); do
  curl -s -o /dev/null --interface 127.0.0.2 -w "%{http_code} %{time_total}\n" -X POST -H 'Content-Type: application/yaml' \
    --data-binary @examples/leg-day.yaml "http://127.0.0.1:$port/api/simulate" >>"$work/curl.txt"
  sleep 0.5
done
wait "$flood"
line=$(grep '^SURGE ' "$work/wrk.txt")
echo "flooding client (127.0.0.1): ${line#SURGE }"
sort -k2 -g "$work/curl.txt" | awk '{n++; if ($1 == 200) ok++; t[n] = $2 * 1000} END {
  printf "other client (127.0.0.2): %d of %d answered 200, median %.1f ms, max %.1f ms\n", ok, n, t[int((n + 1) / 2)], t[n]
  exit !(ok == n && t[n] < 1000)
}'
