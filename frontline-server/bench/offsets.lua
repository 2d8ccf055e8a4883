-- wrk script (wrk -t2 -s offsets.lua URL): every request asks for another page of the URL, offset 0, 1, 2, ... taken
-- in turn by wrk's two threads, so that no answer is one the server keeps: the cost of pages read and written anew.
-- FIRST_OFFSET (default 0) moves the start, so that a warm-up run does not ask for the pages the measured run will.
-- Used by cpu.sh (UNCACHED=1) and load.sh.
local base = tonumber(os.getenv("FIRST_OFFSET") or "0")
local started = 0
function setup(thread)
  thread:set("first", started)
  started = started + 1
end

local n = 0
function request()
  local sep = wrk.path:find("?", 1, true) and "&" or "?"
  local path = wrk.path .. sep .. "offset=" .. (base + first + 2 * n)
  n = n + 1
  return wrk.format(nil, path)
end
