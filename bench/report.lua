-- wrk: prints one machine-readable line after the run (latencies in microseconds).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d errors=%d p50=%d p95=%d p99=%d max=%d\n",
    summary.requests, summary.duration, summary.errors.status, errors,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
