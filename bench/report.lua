-- wrk: prints one machine-readable line after the run (latencies in microseconds), with the socket errors by kind and,
-- for a script that counts them (mix.lua), the answers other than 2xx.
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local unexpected = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("unexpected") or {}) do
      unexpected[key] = (unexpected[key] or 0) + count
    end
  end
  local answers = {}
  for key, count in pairs(unexpected) do
    table.insert(answers, string.format("%s:%d", key:gsub(" ", "_"), count))
  end
  table.sort(answers)
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d errors=%d p50=%d p95=%d p99=%d max=%d"
    .. " errors_by_kind=connect:%d,read:%d,write:%d,timeout:%d unexpected=%s\n",
    summary.requests, summary.duration, summary.errors.status, errors,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    #answers > 0 and table.concat(answers, ",") or "none"))
end
