-- wrk script for verify.sh: right recovery codes, POST /api/v1/accounts/{id}/verifications with a service token.
-- Each code is single use, so every request spends one that no earlier run has spent.
-- Environment:
--   BENCH_SECRETS  the loader's lines, "accountId base32Secret code1 .. code10"
--   BENCH_FROM     how many codes earlier runs may have spent (they are taken in order: every account's first code,
--                  then every account's second, ...); this run starts after them
--   BENCH_THREADS  the -t given to wrk (the codes are split between the threads)
--   BENCH_TOKEN    a service token
dofile("config/bench/result.lua")
local token = os.getenv("BENCH_TOKEN")
local nth   = tonumber(os.getenv("BENCH_THREADS") or "1")
local from  = tonumber(os.getenv("BENCH_FROM") or "0")


local ids, codes = {}, {}
local nextcode

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

function done(summary, latency, requests)
   report("recovery", threads, summary, latency)
end
