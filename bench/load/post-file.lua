-- wrk script: POST the file named by the SURGE_LOAD_BODY environment variable to the URL's path, with
-- SURGE_LOAD_TYPE as Content-Type; counts non-2xx answers and checks each body starts as a JSON object.
local body_file = os.getenv("SURGE_LOAD_BODY")
local f = assert(io.open(body_file, "rb"), "cannot open " .. tostring(body_file))
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = os.getenv("SURGE_LOAD_TYPE") or "application/yaml"

threads = {}  -- each thread, for done() in report.lua

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  malformed = 0
end

report_prefix = "SURGE"
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "report.lua")
