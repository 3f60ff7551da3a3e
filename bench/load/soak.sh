#!/usr/bin/env bash
# Soak test of `surge serve` on loopback: mixed traffic (simulate, train, import, history; bench/load/mixed.lua)
# at a fraction (default 80 %) of the capacity measured first, for DURATION seconds, sampling every 10 s the
# server's RSS, its GC (dotnet-counters, when installed) and the latency percentiles of that 10-s window.
#
# Usage: bash bench/load/soak.sh [--duration S] [--csv PATH] [--capacity-seconds S] [--connections N] [--load F]
#   --duration S          soak length in seconds, 10 to 3600 (the hard cap), whole 10-s slices (default 600)
#   --csv PATH            where the samples go (default: a new temporary folder, printed at the end)
#   --capacity-seconds S  length of the capacity run, 5 to 120 (default 20)
#   --connections N       wrk connections, 2 to 256 (default 16); wrk uses 2 threads
#   --load F              fraction of the capacity to run at, over 0 and at most 1 (default 0.8)
# Environment: SURGE_SOAK_MIX (weights, default "simulate=75,train=15,history=7,import=3"),
#   SURGE_LOAD_PORT (port; default a free one), DOTNET_COUNTERS (path of dotnet-counters; default: on PATH,
#   ~/.dotnet/tools or /tmp/dc). Install it with: dotnet tool install dotnet-counters --tool-path /tmp/dc
#
# Only 127.0.0.1: the script starts the server itself (Release build, a temporary SQLite database) and kills it on
# exit. Loopback is exempt from the rate limits (Surge:RateLimit:ExemptLoopback, default true), so nothing is 429.
# Throttle: Debian's wrk has no rate option (-R is wrk2's), so each connection waits delay() ms before each request;
# the delay is set from the capacity run and corrected after every 10-s slice towards the target rate.
# Exit: 0 when there were no errors and RSS levelled off (the last third's RSS slope at most 1 MB/min),
# 1 otherwise (or when the server fails), 2 on bad arguments or a missing tool.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

max_duration=3600
slice=10
duration=600
csv=""
capacity_s=20
connections=16
load=0.8
threads=2
slope_limit=1.0   # MB per minute, over the last third of the samples

usage() {
  echo "soak.sh: $1" >&2
  echo "usage: bash bench/load/soak.sh [--duration S (10-$max_duration, default 600)] [--csv PATH] [--capacity-seconds S (5-120, default 20)] [--connections N (2-256, default 16)] [--load F (0<F<=1, default 0.8)]" >&2
  exit 2
}
is_int() { [[ $1 =~ ^[0-9]+$ ]]; }

while (($#)); do
  case $1 in
    --duration) [[ $# -ge 2 ]] || usage "--duration needs a value"; duration=$2; shift 2 ;;
    --csv) [[ $# -ge 2 && -n $2 ]] || usage "--csv needs a path"; csv=$2; shift 2 ;;
    --capacity-seconds) [[ $# -ge 2 ]] || usage "--capacity-seconds needs a value"; capacity_s=$2; shift 2 ;;
    --connections) [[ $# -ge 2 ]] || usage "--connections needs a value"; connections=$2; shift 2 ;;
    --load) [[ $# -ge 2 ]] || usage "--load needs a value"; load=$2; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage "unknown argument '$1'" ;;
  esac
done
is_int "$duration" && ((duration >= slice && duration <= max_duration)) \
  || usage "--duration must be a whole number of seconds from $slice to $max_duration (got '$duration')"
((duration % slice == 0)) || usage "--duration must be a multiple of $slice s (got $duration)"
is_int "$capacity_s" && ((capacity_s >= 5 && capacity_s <= 120)) \
  || usage "--capacity-seconds must be a whole number from 5 to 120 (got '$capacity_s')"
is_int "$connections" && ((connections >= 2 && connections <= 256)) \
  || usage "--connections must be a whole number from 2 to 256 (got '$connections')"
[[ $load =~ ^(0?\.[0-9]+|1(\.0*)?|0)$ ]] && awk -v f="$load" 'BEGIN {exit !(f > 0 && f <= 1)}' \
  || usage "--load must be a number over 0 and at most 1 (got '$load')"

command -v wrk >/dev/null || { echo "soak.sh: wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "soak.sh: curl is not installed" >&2; exit 2; }
counters=${DOTNET_COUNTERS:-}
if [[ -z $counters ]]; then
  for c in "$(command -v dotnet-counters || true)" "$HOME/.dotnet/tools/dotnet-counters" /tmp/dc/dotnet-counters; do
    [[ -n $c && -x $c ]] && { counters=$c; break; }
  done
fi
[[ -z $counters ]] && echo "soak.sh: dotnet-counters not found: GC columns stay empty (dotnet tool install dotnet-counters --tool-path /tmp/dc)" >&2

if [[ -z $csv ]]; then
  out_dir=$(mktemp -d /tmp/surge-soak.XXXXXX)
  csv=$out_dir/soak.csv
fi
mkdir -p "$(dirname "$csv")"
: >"$csv" || usage "cannot write '$csv'"

work=$(mktemp -d)
server=""
counters_pid=""
wrk_pid=""
cleanup() {
  [[ -n $wrk_pid ]] && kill "$wrk_pid" 2>/dev/null || true
  [[ -n $counters_pid ]] && { kill "$counters_pid" 2>/dev/null || true; wait "$counters_pid" 2>/dev/null || true; }
  [[ -n $server ]] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [[ -f $work/server.log ]] && cp "$work/server.log" "${csv%.csv}.server.log" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

port=${SURGE_LOAD_PORT:-}
if [[ -z $port ]]; then
  for p in $(shuf -i 20000-60999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  [[ -n $port ]] || { echo "soak.sh: found no free port" >&2; exit 1; }
fi
base="http://127.0.0.1:$port"

source bench/load/serve.sh
start_server "$base" "$work/soak.db" "$work/server.log" || exit 1
echo "server pid $server on $base" >&2

# A user with a bearer token; its athlete "soak" gets the shipped Strong log once, then the mix reads its history
# (and re-imports the same file now and then: every workout is then already present, nothing new is stored).
email="soak-$$@example.com"
password="soak test passphrase $$ ok"
creds=$(printf '{"email":"%s","password":"%s"}' "$email" "$password")
curl -fsS -o /dev/null -X POST "$base/api/account/register" -H 'Content-Type: application/json' -d "$creds"
token=$(curl -fsS -X POST "$base/api/account/login" -H 'Content-Type: application/json' -d "$creds" \
  | sed -nE 's/.*"accessToken":"([^"]+)".*/\1/p')
[[ -n $token ]] || { echo "soak.sh: sign-in gave no bearer token" >&2; exit 1; }
token_time=$SECONDS
curl -fsS -o "$work/import.json" -X POST "$base/api/import?format=strong&unit=kg&athlete=soak" \
  -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @examples/strong-8-weeks.csv
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base/api/history?athlete=soak"
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/yaml' --data-binary @examples/leg-day.yaml "$base/api/simulate"
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/yaml' \
  --data-binary @examples/program-beginner-full-body-12wk.yaml "$base/api/train"
echo "signed in, imported examples/strong-8-weeks.csv: $(head -c 200 "$work/import.json")..." >&2

export SURGE_SOAK_ROOT=$root SURGE_SOAK_TOKEN=$token
export SURGE_SOAK_MIX=${SURGE_SOAK_MIX:-simulate=75,train=15,history=7,import=3}
field() { sed -nE "s/.* $1=([0-9.]+).*/\1/p" <<<"$2"; }
run_wrk() { # seconds delay_ms -> the SOAK line
  SURGE_SOAK_DELAY_MS=$2 wrk -t"$threads" -c"$connections" -d"$1s" --timeout 5s --latency -s bench/load/mixed.lua "$base/" \
    >"$work/wrk.txt" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid" || true
  wrk_pid=""
  grep '^SOAK ' "$work/wrk.txt" || { echo "soak.sh: wrk gave no result:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
}
errors_of() { awk '{for (i=1;i<=NF;i++) if ($i ~ /^(non2xx|malformed|socket_errors)=/) {split($i,a,"="); s+=a[2]}} END {print s+0}' <<<"$1"; }

echo "mix: $SURGE_SOAK_MIX; $connections connections, $threads wrk threads" >&2
echo "warm-up 10 s..." >&2
run_wrk 10 0 >/dev/null
echo "phase 1: capacity, ${capacity_s} s unthrottled..." >&2
cap_line=$(run_wrk "$capacity_s" 0)
echo "  ${cap_line#SOAK }" >&2
capacity=$(field rps "$cap_line")
cap_errors=$(errors_of "$cap_line")
target=$(awk -v c="$capacity" -v f="$load" 'BEGIN {printf "%.1f", c * f}')
# Little's law: each connection does one request per (latency + delay); start with the saturated p50 as latency.
delay=$(awk -v n="$connections" -v r="$target" -v l="$(field p50_ms "$cap_line")" \
  'BEGIN {d = n * 1000 / r - l / 2; if (d < 0) d = 0; printf "%.2f", d}')
echo "capacity C = $capacity requests/s ($cap_errors errors); target $load x C = $target requests/s; first delay $delay ms" >&2

gc_file=$work/counters.csv
if [[ -n $counters ]]; then
  # --duration lets it end by itself and save the file (killed, it loses what it buffered).
  "$counters" collect -p "$server" --refresh-interval "$slice" --duration "$(printf '00:%02d:%02d:%02d' \
    $(((duration + 15) / 3600)) $(((duration + 15) % 3600 / 60)) $(((duration + 15) % 60)))" --format csv -o "$gc_file" --counters System.Runtime \
    </dev/null >"$work/counters.log" 2>&1 &
  counters_pid=$!
  sleep 1
fi
rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$server/status"; }
: >"$work/samples.txt"
echo "phase 2: ${duration} s at $target requests/s, samples every ${slice} s -> $csv" >&2
start=$(date +%s)
printf '%s %s %s %s\n' 0 "$(rss_mb)" "$start" "$start" >"$work/rss0.txt"
slices=$((duration / slice))
for i in $(seq 1 "$slices"); do
  if ((SECONDS - token_time > 3000)); then  # tokens last 3600 s: sign in again well before
    token=$(curl -fsS -X POST "$base/api/account/login" -H 'Content-Type: application/json' -d "$creds" \
      | sed -nE 's/.*"accessToken":"([^"]+)".*/\1/p')
    export SURGE_SOAK_TOKEN=$token
    token_time=$SECONDS
  fi
  s0=$(date +%s)
  line=$(run_wrk "$slice" "$delay")
  s1=$(date +%s)
  kill -0 "$server" 2>/dev/null || { echo "soak.sh: the server died during slice $i:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
  rss=$(rss_mb)
  rps=$(field rps "$line")
  printf '%d %s %s %s %s %s %s %s %s %s\n' $((s1 - start)) "$rss" "$s0" "$s1" "$(field requests "$line")" \
    "$(errors_of "$line")" "$rps" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$delay" >>"$work/samples.txt"
  printf '  t=%4ds rss=%6s MB rps=%7s p50=%6s ms p99=%7s ms errors=%s delay=%s ms\n' $((s1 - start)) "$rss" "$rps" \
    "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$(errors_of "$line")" "$delay" >&2
  # Steer the delay towards the target rate: per connection, period = latency + delay = connections / rate.
  delay=$(awk -v d="$delay" -v n="$connections" -v a="$rps" -v r="$target" \
    'BEGIN {if (a <= 0) a = r; d = d + 0.7 * (n * 1000 / r - n * 1000 / a); if (d < 0) d = 0; if (d > 5000) d = 5000; printf "%.2f", d}')
done
if [[ -n $counters_pid ]]; then
  for _ in $(seq 1 60); do kill -0 "$counters_pid" 2>/dev/null || break; sleep 0.5; done
  kill "$counters_pid" 2>/dev/null || true
  wait "$counters_pid" 2>/dev/null || true
  counters_pid=""
fi
[[ -f $gc_file ]] || : >"$gc_file"
[[ -s $gc_file ]] && cp "$gc_file" "${csv%.csv}.counters.csv"

# Join: each slice's GC figures from the counters' samples (timestamps in local time, as mktime reads them):
# heap (sum of the generations' last_collection.heap.size) and committed memory at the last sample up to the
# slice's end; collections per generation, allocation and pause time summed over the samples inside the slice.
awk -v slices="$work/samples.txt" -v rss0="$work/rss0.txt" '
  BEGIN {
    FS = ","
    while ((getline l < slices) > 0) { n++; split(l, f, " "); t[n] = f[1]; rss[n] = f[2]; s0[n] = f[3]; s1[n] = f[4]
      req[n] = f[5]; err[n] = f[6]; rps[n] = f[7]; p50[n] = f[8]; p99[n] = f[9]; dly[n] = f[10] }
    getline l < rss0; split(l, f, " "); r0 = f[2]
  }
  NR > 1 {
    split($1, d, /[\/ :]/); ts = mktime(d[3] " " d[1] " " d[2] " " d[4] " " d[5] " " d[6]); v = $5 + 0
    stamps[ts] = 1
    if ($3 ~ /^dotnet.gc.last_collection.heap.size/) heap[ts] += v
    else if ($3 ~ /^dotnet.gc.last_collection.memory.committed_size/) comm[ts] = v
    else if ($3 ~ /^dotnet.gc.collections.*gen0/) g0[ts] += v
    else if ($3 ~ /^dotnet.gc.collections.*gen1/) g1[ts] += v
    else if ($3 ~ /^dotnet.gc.collections.*gen2/) g2[ts] += v
    else if ($3 ~ /^dotnet.gc.heap.total_allocated/) al[ts] += v
    else if ($3 ~ /^dotnet.gc.pause.time/) pz[ts] += v
  }
  END {
    print "t_s,rss_mb,gc_heap_mb,gc_committed_mb,gen0,gen1,gen2,allocated_mb,gc_pause_ms,requests,errors,rps,p50_ms,p99_ms,delay_ms"
    printf "0,%s,,,,,,,,,,,,,\n", r0
    for (i = 1; i <= n; i++) {
      best = -1; a0 = a1 = a2 = aa = ap = ""; any = 0
      for (ts in stamps) {
        if (ts <= s1[i] + 1 && ts in heap && ts > best) best = ts
        if (ts > s0[i] && ts <= s1[i]) { any = 1; a0 += g0[ts]; a1 += g1[ts]; a2 += g2[ts]; aa += al[ts]; ap += pz[ts] }
      }
      hp = (best >= 0) ? sprintf("%.1f", heap[best] / 1048576) : ""
      cm = (best >= 0 && best in comm) ? sprintf("%.1f", comm[best] / 1048576) : ""
      if (any) { a0 += 0; a1 += 0; a2 += 0; aa = sprintf("%.1f", aa / 1048576); ap = sprintf("%.1f", ap * 1000) }
      printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", t[i], rss[i], hp, cm, a0, a1, a2, aa, ap, req[i], err[i], rps[i], p50[i], p99[i], dly[i]
    }
  }' "$gc_file" >"$csv"

# Summary. Latency over the whole soak: the slices' p50 and p99 weighted by their requests (wrk reports percentiles
# per run, not a mergeable histogram), and the worst slice's p99.
summary=$(awk -F, -v dur="$duration" -v lim="$slope_limit" -v cap="$capacity" -v target="$target" '
  NR == 1 {next}
  NR == 2 {rss_start = $2; next}
  {
    n++; t[n] = $1; r[n] = $2; if ($2 > rmax) rmax = $2; rss_end = $2
    req += $10; err += $11; w50 += $10 * $13; w99 += $10 * $14; if ($14 > p99max) p99max = $14
    g0 += $5; g1 += $6; g2 += $7; alloc += $8; pause += $9
    if ($3 != "") { h[++nh] = $3; if ($3 > hmax) hmax = $3 }
  }
  function slope(from, to,   i, k, sx, sy, sxx, sxy) {
    k = 0; sx = sy = sxx = sxy = 0
    for (i = 1; i <= n; i++) if (t[i] > from && t[i] <= to) { k++; sx += t[i]; sy += r[i]; sxx += t[i] * t[i]; sxy += t[i] * r[i] }
    if (k < 2 || k * sxx - sx * sx == 0) return 0
    return (k * sxy - sx * sy) / (k * sxx - sx * sx) * 60
  }
  END {
    if (rss_start == "" || rss_start == 0) rss_start = r[1]
    if (rmax < rss_start) rmax = rss_start
    dur = t[n]  # the slices take a little over 10 s each: use the time actually elapsed
    s1 = slope(0, dur / 3); s3 = slope(dur * 2 / 3, dur)
    level = (s3 <= lim) ? "yes" : "NO"
    printf "capacity=%.1f target_rps=%.1f requests=%d achieved_rps=%.1f errors=%d p50_ms=%.2f p99_ms=%.2f worst_slice_p99_ms=%.2f\n", cap, target, req, req / dur, err, w50 / req, w99 / req, p99max
    printf "rss_start_mb=%.1f rss_end_mb=%.1f rss_max_mb=%.1f slope_first_third_mb_per_min=%.2f slope_last_third_mb_per_min=%.2f leveled_off=%s (limit %.1f MB/min)\n", rss_start, rss_end, rmax, s1, s3, level, lim
    if (nh > 0) printf "gc_heap_first_mb=%s gc_heap_end_mb=%s gc_heap_max_mb=%.1f gen0=%d gen1=%d gen2=%d allocated_mb=%.0f gc_pause_ms=%.0f\n", h[1], h[nh], hmax, g0, g1, g2, alloc, pause
    else print "gc: not measured (no dotnet-counters samples)"
    exit !(err == 0 && level == "yes")
  }' "$csv") && verdict=0 || verdict=$?
echo "$summary"
echo "samples: $csv"
[[ $cap_errors -eq 0 ]] || echo "note: the capacity run had $cap_errors errors"
if ((verdict == 0 && cap_errors == 0)); then
  echo "soak passed: no errors, RSS levelled off"
else
  echo "soak FAILED: errors or RSS still growing (see above)"
  exit 1
fi
