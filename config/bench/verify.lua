-- wrk script for verify.sh: POST /api/v1/accounts/{id}/verifications with a service token.
-- Environment:
--   BENCH_CODES    the table codes.py wrote (line 1: account ids; then "step code1 .. codeN")
--   BENCH_THREADS  the -t given to wrk (the accounts are split between the threads)
--   BENCH_TOKEN    a service token
--   BENCH_MODE     ok  = a fresh right code: each (account, 30 s step) pair used once, as replay refusal demands
--                  bad = a wrong code (no code of the step window), accounts cycled
dofile("config/bench/result.lua")
local mode  = os.getenv("BENCH_MODE") or "ok"
local token = os.getenv("BENCH_TOKEN")
local nth   = tonumber(os.getenv("BENCH_THREADS") or "1")
local PERIOD = 30


local ids, codes, mine, ptr = {}, {}, {}, {}
local cycle = 0

function init(args)
   local f = assert(io.open(os.getenv("BENCH_CODES"), "r"))
   for id in f:read("*l"):gmatch("%S+") do ids[#ids + 1] = id end
   for line in f:lines() do
      local step, t = nil, {}
      for w in line:gmatch("%S+") do
         if step == nil then step = tonumber(w) else t[#t + 1] = w end
      end
      codes[step] = t
      ptr[step] = 0
   end
   f:close()
   for u = tid + 1, #ids, nth do mine[#mine + 1] = u end
end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. (token or "") }

local function call(u, code)
   return wrk.format("POST", "/api/v1/accounts/" .. ids[u] .. "/verifications", headers,
                     '{"code":"' .. code .. '"}')
end

function request()
   local s = math.floor(os.time() / PERIOD)
   if mode == "bad" then
      cycle = cycle % #mine + 1
      local u = mine[cycle]
      local bad = (tonumber(codes[s][u]) + 1) % 1000000
      while true do
         local hit = false
         for d = -1, 1 do
            local c = codes[s + d]
            if c and tonumber(c[u]) == bad then hit = true end
         end
         if not hit then break end
         bad = (bad + 1) % 1000000
      end
      return call(u, string.format("%06d", bad))
   end
   local p = ptr[s]
   if p ~= nil and p < #mine then
      ptr[s] = p + 1
      local u = mine[p + 1]
      return call(u, codes[s][u])
   end
   exhausted = exhausted + 1 -- out of unused (account, step) pairs: this request is a replay
   return call(mine[1], codes[s][mine[1]])
end

function done(summary, latency, requests)
   report(mode, threads, summary, latency)
end
