#!/usr/bin/env bash
# Soak test of `surge serve` on loopback: N minutes of mixed traffic (simulate, compare, train, a small trial,
# import, history, the catalogue) from C concurrent clients, with the server's memory (RSS) sampled every 10 s and
# latency percentiles per endpoint at the end. Bounded: loopback only, at most 120 minutes and 64 clients. Not run
# in CI (docs/deploy.md, "Soak test").
# Usage: bash scripts/soak.sh [MINUTES=10] [CLIENTS=4]     (needs python3; SURGE_SOAK_PORT, default 5098)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
clients=${2:-4}
port=${SURGE_SOAK_PORT:-5098}
if ! [[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || awk -v m="$minutes" 'BEGIN {exit !(m <= 0 || m > 120)}'; then
  echo "MINUTES: expected a number of minutes, more than 0 and at most 120, got '$minutes'" >&2; exit 2
fi
if ! [[ "$clients" =~ ^[0-9]+$ ]] || [ "$clients" -lt 1 ] || [ "$clients" -gt 64 ]; then
  echo "CLIENTS: expected 1-64 concurrent clients, got '$clients'" >&2; exit 2
fi
command -v python3 >/dev/null || { echo "python3 is needed to drive the requests" >&2; exit 2; }

source bench/load/serve.sh
work=$(mktemp -d)
server=
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
start_server "http://127.0.0.1:$port" "$work/soak.db" "$work/server.log" /healthz || exit 1

# The process that serves (surge serve may run the web host in a child process).
pid=$(pgrep -P "$server" -f . | head -1 || true)
pid=${pid:-$server}

python3 - "$port" "$minutes" "$clients" "$pid" <<'PY'
import json, os, random, sys, threading, time, urllib.request, urllib.error

port, minutes, clients, pid = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
base = f"http://127.0.0.1:{port}"
examples = os.path.join(os.getcwd(), "examples")
def read(name):
    with open(os.path.join(examples, name), "rb") as f:
        return f.read()

leg_day, arm_day = read("leg-day.yaml"), read("arm-day.yaml")
full_body = json.loads(read("full-body.json"))
program = read("program-beginner-full-body-12wk.yaml")
export = read("strong-8-weeks.csv")
compare = json.dumps({"sessions": [full_body, full_body], "names": ["a", "b"]}).encode()
trial = json.dumps({"cohort": {"n": 10, "athlete": {"sex": "male", "training_status": "untrained"}}, "seed": 5,
    "arms": {"one": {"program": {"weeks": 4, "week": {"mon": {"exercises": [{"exercise": "leg extension", "sets": 1, "reps": 10, "load": "10RM"}]}}}},
             "three": {"program": {"weeks": 4, "week": {"mon": {"exercises": [{"exercise": "leg extension", "sets": 3, "reps": 10, "load": "10RM"}]}}}}},
    "outcomes": [{"measure": "muscle_size", "group": "quadriceps"}]}).encode()

def call(method, path, body=None, kind="application/json", token=None):
    request = urllib.request.Request(base + path, data=body, method=method)
    if body is not None:
        request.add_header("Content-Type", kind)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        payload, status = e.read(), e.code
    except Exception:
        payload, status = b"", 0
    return status, payload, (time.perf_counter() - started) * 1000.0

def token_for(n):
    email, password = f"soak{n}@example.com", "a long soak passphrase"
    call("POST", "/api/account/register", json.dumps({"email": email, "password": password}).encode())
    status, payload, _ = call("POST", "/api/account/login", json.dumps({"email": email, "password": password}).encode())
    return json.loads(payload)["accessToken"] if status == 200 else None

# The mix (weights): mostly simulations, as the pages send them; some heavier work; a signed-in import and history.
mix = [("simulate", 40), ("simulate csv", 10), ("compare", 10), ("train", 10), ("trial", 3), ("exercises", 10), ("history", 6), ("import", 2)]
names = [m for m, w in mix for _ in range(w)]
latencies = {m: [] for m, _ in mix}
errors = {m: 0 for m, _ in mix}
lock = threading.Lock()
deadline = time.monotonic() + minutes * 60.0
MAX_REQUESTS = 2_000_000

def client(n):
    rng = random.Random(1000 + n)           # deterministic mix per client
    token = token_for(n)
    if token:
        call("POST", "/api/import?format=strong&unit=kg", export, "text/csv", token)
    count = 0
    while time.monotonic() < deadline and count < MAX_REQUESTS // clients:
        kind = rng.choice(names)
        if kind == "simulate":
            status, _, ms = call("POST", "/api/simulate", rng.choice([leg_day, arm_day]), "application/yaml")
        elif kind == "simulate csv":
            status, _, ms = call("POST", "/api/simulate?format=csv", leg_day, "application/yaml")
        elif kind == "compare":
            status, _, ms = call("POST", "/api/compare", compare)
        elif kind == "train":
            status, _, ms = call("POST", "/api/train", program, "application/yaml")
        elif kind == "trial":
            status, _, ms = call("POST", "/api/trial", trial)
        elif kind == "exercises":
            status, _, ms = call("GET", "/api/exercises?search=" + rng.choice(["squat", "curl", "press"]))
        elif kind == "history":
            status, _, ms = call("GET", "/api/history", token=token)
        else:
            status, _, ms = call("POST", "/api/import?format=strong&unit=kg", export, "text/csv", token)
        count += 1
        with lock:
            latencies[kind].append(ms)
            if status != 200:
                errors[kind] += 1

def rss_mb():
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return float("nan")
    return float("nan")

threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
start = time.monotonic()
samples = [(0.0, rss_mb(), 0)]
print(f"soak: {minutes:g} min, {clients} clients, server pid {pid}, RSS {samples[0][1]:.0f} MB at start", file=sys.stderr)
for t in threads:
    t.start()
while any(t.is_alive() for t in threads):
    time.sleep(10 if time.monotonic() + 10 < deadline else max(0.5, deadline - time.monotonic()))
    with lock:
        done = sum(len(v) for v in latencies.values())
    samples.append((time.monotonic() - start, rss_mb(), done))
    print(f"  t={samples[-1][0]:6.0f} s  RSS {samples[-1][1]:7.1f} MB  requests {done}", file=sys.stderr)
    if time.monotonic() > deadline + 120:
        break

def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]

elapsed = time.monotonic() - start
total = sum(len(v) for v in latencies.values())
every = [x for v in latencies.values() for x in v]
print(f"{'endpoint':14} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
for kind, _ in mix:
    v = latencies[kind]
    print(f"{kind:14} {len(v):9d} {errors[kind]:7d} {percentile(v, 50):8.1f} {percentile(v, 90):8.1f} {percentile(v, 99):8.1f} {max(v) if v else float('nan'):8.1f}")
print(f"{'all':14} {total:9d} {sum(errors.values()):7d} {percentile(every, 50):8.1f} {percentile(every, 90):8.1f} {percentile(every, 99):8.1f} {max(every) if every else float('nan'):8.1f}")
rss = [s[1] for s in samples]
half = rss[len(rss) // 2:]
print(f"requests/s {total / elapsed:.1f}; RSS start {rss[0]:.0f} MB, peak {max(rss):.0f} MB, end {rss[-1]:.0f} MB; "
      f"second half of the run: {min(half):.0f}-{max(half):.0f} MB")
print("SOAK " + json.dumps({"minutes": minutes, "clients": clients, "requests": total, "errors": sum(errors.values()),
      "p50_ms": round(percentile(every, 50), 1), "p99_ms": round(percentile(every, 99), 1),
      "rss_start_mb": round(rss[0]), "rss_peak_mb": round(max(rss)), "rss_end_mb": round(rss[-1])}))
PY
