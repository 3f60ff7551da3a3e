# Sourced (from the repository root) by the load and soak scripts: bench/load/run.sh, abuse.sh, soak.sh, scripts/soak.sh.
# start_server URL DB LOG [READY_PATH]: builds the CLI (Release), starts `surge serve` on URL (loopback) over the SQLite
# file DB with its output in LOG, sets $server to its pid, and waits up to 30 s until READY_PATH (default
# /api/exercises) answers; returns 1, after printing the end of LOG, if the server stops or never answers.
start_server() {
  local url=$1 db=$2 log=$3 ready=${4:-/api/exercises}
  echo "building surge (Release)..." >&2
  dotnet build src/Surge.Cli -c Release -v q -nologo >/dev/null || return 1
  src/Surge.Cli/bin/Release/net10.0/surge serve --urls "$url" --db "$db" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 150); do
    curl -fsS -o /dev/null "$url$ready" 2>/dev/null && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  echo "the server does not answer on $url$ready:" >&2
  tail -20 "$log" >&2
  return 1
}
