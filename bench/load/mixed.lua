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

threads = {}  -- each thread, for done() in report.lua
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

report_prefix = "SOAK"
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "report.lua")
