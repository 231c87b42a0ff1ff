-- wrk script: POST a wrong recovery code for one of ACCOUNTS accounts in turn, as the platform's back end would.
-- The token and the account prefix come from the environment (see failed-recovery-code.sh).
local token = os.getenv("LIFELINE_BENCH_TOKEN")
local prefix = os.getenv("LIFELINE_BENCH_PREFIX")
local accounts = tonumber(os.getenv("LIFELINE_BENCH_ACCOUNTS") or "200")
local counter = 0

request = function()
  counter = counter + 1
  local path = "/api/v1/accounts/" .. prefix .. "-" .. (counter % accounts) .. "/verifications"
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }
  return wrk.format("POST", path, headers, '{"recoveryCode":"0000-0000-0000-0000-0000-0000"}')
end

done = function(summary, latency, requests)
  local codes = {}
  io.write(string.format("requests %d, errors %d (non-2xx/3xx counted by wrk: %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
