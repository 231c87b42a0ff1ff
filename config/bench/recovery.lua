-- wrk script for verify.sh: right recovery codes, POST /api/v1/accounts/{id}/verifications with a service token.
-- Each code is single use, so every request spends one that no earlier run has spent.
-- Environment:
--   BENCH_SECRETS  the loader's lines, "accountId base32Secret code1 .. code10"
--   BENCH_FROM     the number of the first code no earlier run has handed out (codes are numbered in order: every
--                  account's first code, then every account's second, ...); this run starts there and its RESULT
--                  line ends with next_code=, the number to give the next run
--   BENCH_THREADS  the -t given to wrk (the codes are split between the threads)
--   BENCH_TOKEN    a service token
dofile("config/bench/result.lua")
local token = os.getenv("BENCH_TOKEN")
local nth   = tonumber(os.getenv("BENCH_THREADS") or "1")
local from  = tonumber(os.getenv("BENCH_FROM") or "0")


local ids, codes = {}, {}
nextcode = 0 -- global, so that done() can read every thread's with thread:get

function init(args)
   for line in io.lines(os.getenv("BENCH_SECRETS")) do
      local words = {}
      for w in line:gmatch("%S+") do words[#words + 1] = w end
      if #words > 2 then
         ids[#ids + 1] = words[1]
         local mine = {}
         for k = 3, #words do mine[#mine + 1] = words[k] end
         codes[#codes + 1] = mine
      end
   end
   assert(#ids > 0, "no recovery codes in BENCH_SECRETS: load the accounts again")
   -- code number n (from 0): account n % #ids, its code n // #ids; this thread takes every nth-th
   nextcode = from + tid
end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. (token or "") }

function request()
   local n = nextcode
   nextcode = nextcode + nth
   local a = n % #ids + 1
   local k = math.floor(n / #ids) + 1
   if codes[a] == nil or codes[a][k] == nil then
      exhausted = exhausted + 1 -- every code spent: this request repeats a used one (a 422)
      a, k = 1, 1
   end
   return wrk.format("POST", "/api/v1/accounts/" .. ids[a] .. "/verifications", headers,
                     '{"recoveryCode":"' .. codes[a][k] .. '"}')
end

-- The threads run at their own pace, so the next run starts after the furthest any of them got (the codes a slower
-- thread skipped are left unspent, never reused); requests still in flight when wrk stopped are behind that mark too.
function done(summary, latency, requests)
   local furthest = from
   for _, th in ipairs(threads) do furthest = math.max(furthest, th:get("nextcode") or from) end
   report("recovery", threads, summary, latency, " next_code=" .. string.format("%d", furthest))
end
