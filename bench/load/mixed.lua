-- wrk script for the soak test (bench/load/soak.sh): mixed traffic, each request drawn at random among
--   POST /api/simulate   examples/leg-day.yaml (application/yaml)
--   POST /api/train      examples/program-beginner-full-body-12wk.yaml (application/yaml)
--   GET  /api/history?athlete=soak                         (bearer token)
--   POST /api/import?format=strong&unit=kg&athlete=soak    examples/strong-8-weeks.csv (text/csv, bearer token;
--        the same file every time: after the first import every workout is already present)
-- Environment: SURGE_SOAK_ROOT (the repository), SURGE_SOAK_TOKEN (bearer token), SURGE_SOAK_MIX (weights,
-- default "simulate=75,train=15,history=7,import=3"), SURGE_SOAK_DELAY_MS (pause before each request on a
-- connection, wrk's delay(): the throttle, since Debian's wrk has no -R rate option).
-- Prints one line "SOAK requests=… rps=… p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… malformed=… socket_errors=…".
local root = os.getenv("SURGE_SOAK_ROOT") or "."
local token = os.getenv("SURGE_SOAK_TOKEN") or ""
local mix = os.getenv("SURGE_SOAK_MIX") or "simulate=75,train=15,history=7,import=3"
local delay_ms = tonumber(os.getenv("SURGE_SOAK_DELAY_MS") or "0") or 0

local function slurp(path)
  local f = assert(io.open(root .. "/" .. path, "rb"), "cannot open " .. root .. "/" .. path)
  local text = f:read("*a")
  f:close()
  return text
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  malformed = 0
  math.randomseed(os.time() * 100 + (id or 0))
  local auth = "Bearer " .. token
  local kinds = {
    simulate = wrk.format("POST", "/api/simulate", { ["Content-Type"] = "application/yaml" }, slurp("examples/leg-day.yaml")),
    train = wrk.format("POST", "/api/train", { ["Content-Type"] = "application/yaml" },
      slurp("examples/program-beginner-full-body-12wk.yaml")),
    history = wrk.format("GET", "/api/history?athlete=soak", { ["Authorization"] = auth }, nil),
    import = wrk.format("POST", "/api/import?format=strong&unit=kg&athlete=soak",
      { ["Authorization"] = auth, ["Content-Type"] = "text/csv" }, slurp("examples/strong-8-weeks.csv")),
  }
  choices = {}
  total_weight = 0
  for name, weight in string.gmatch(mix, "(%w+)=(%d+)") do
    assert(kinds[name], "unknown kind in SURGE_SOAK_MIX: " .. name)
    total_weight = total_weight + tonumber(weight)
    table.insert(choices, { upto = total_weight, req = kinds[name] })
  end
  assert(total_weight > 0, "SURGE_SOAK_MIX has no weight")
end

function request()
  local r = math.random(total_weight)
  for _, c in ipairs(choices) do
    if r <= c.upto then return c.req end
  end
  return choices[#choices].req
end

-- wrk's timer takes whole milliseconds: dither between floor and floor + 1 so the mean is delay_ms.
local delay_floor = math.floor(delay_ms)
local delay_frac = delay_ms - delay_floor

function delay()
  if delay_ms <= 0 then return 0 end
  if math.random() < delay_frac then return delay_floor + 1 end
  return delay_floor
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  elseif string.sub(body, 1, 1) ~= "{" then
    malformed = malformed + 1
  end
end

function done(summary, latency, requests)
  local bad_total, malformed_total = 0, 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    malformed_total = malformed_total + thread:get("malformed")
  end
  io.write(string.format("SOAK requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d malformed=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad_total, malformed_total,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
