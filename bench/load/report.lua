-- Shared by the wrk scripts (post-file.lua, mixed.lua), loaded with dofile after they set `report_prefix` and fill
-- `threads` in setup(): counts non-2xx answers and 2xx bodies that do not start as a JSON object (each thread's `bad`
-- and `malformed`, zeroed by the script's init()), and prints one line "<report_prefix> requests=… duration_s=… rps=…
-- p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… malformed=… socket_errors=…".

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
  io.write(string.format("%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d malformed=%d socket_errors=%d\n",
    report_prefix, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad_total, malformed_total,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
