-- wrk script: POST the file named by the SURGE_LOAD_BODY environment variable to the URL's path, with
-- SURGE_LOAD_TYPE as Content-Type; counts non-2xx answers and checks each body starts as a JSON object.
local body_file = os.getenv("SURGE_LOAD_BODY")
local f = assert(io.open(body_file, "rb"), "cannot open " .. tostring(body_file))
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = os.getenv("SURGE_LOAD_TYPE") or "application/yaml"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  malformed = 0
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
  io.write(string.format("SURGE requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d malformed=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad_total, malformed_total,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
