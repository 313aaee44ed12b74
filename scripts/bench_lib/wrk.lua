-- wrk script of scripts/bench: the bearer token, and an optional pause between requests
-- of each connection (to hold a given rate for the latency-at-half-load measure).
wrk.headers["Authorization"] = os.getenv("WRK_TOKEN")
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
function delay()
  return pause
end
