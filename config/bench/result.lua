-- Shared by the wrk scripts of verify.sh (verify.lua, recovery.lua), loaded with dofile from the repository's root:
-- the answers each thread counts and the RESULT line verify.sh reads.
ok, refused, locked, other, exhausted = 0, 0, 0, 0, 0

-- Each thread learns its number (tid, from 0) to take its share of the accounts or codes.
threads, nextid = {}, 0
function setup(thread)
   thread:set("tid", nextid)
   nextid = nextid + 1
   table.insert(threads, thread)
end

function response(status, hdrs, body)
   if status == 200 then ok = ok + 1
   elseif status == 422 then refused = refused + 1
   elseif status == 429 then locked = locked + 1
   else other = other + 1 end
end

-- The RESULT line of a run: the threads' counters summed, wrk's latency percentiles, then EXTRA (if any) verbatim.
function report(mode, threads, summary, latency, extra)
   local t = { ok = 0, refused = 0, locked = 0, other = 0, exhausted = 0 }
   for _, th in ipairs(threads) do
      for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
   end
   local secs = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "RESULT mode=%s secs=%.2f requests=%d ok=%d refused=%d locked=%d other=%d exhausted=%d sock_err=%d " ..
      "req_per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f%s\n",
      mode, secs, summary.requests, t.ok, t.refused, t.locked, t.other, t.exhausted,
      e.connect + e.read + e.write + e.timeout, summary.requests / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, extra or ""))
end
