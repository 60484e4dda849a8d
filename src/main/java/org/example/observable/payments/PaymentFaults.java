package org.example.observable.payments;

import java.util.function.DoubleSupplier;

/**
 * Fault injection for every call: added latency and a share of calls answered 503. Parsed once from configuration;
 * an invalid value stops the application from starting rather than silently injecting nothing.
 */
public record PaymentFaults(long latencyMs, double failureRate, long slowMs) {

    public PaymentFaults {
        if (latencyMs < 0 || slowMs < 0) {
            throw new IllegalArgumentException("payment fault latencies must not be negative");
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("payment.fault.failure.rate must be between 0 and 1, was " + failureRate);
        }
    }

    public static PaymentFaults parse(String latencyMs, String failureRate, String slowMs) {
        try {
            return new PaymentFaults(Long.parseLong(latencyMs.strip()), Double.parseDouble(failureRate.strip()),
                    Long.parseLong(slowMs.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("payment fault settings must be numbers: latency=" + latencyMs
                    + ", failure rate=" + failureRate + ", slow=" + slowMs, e);
        }
    }

    /** Whether this call fails, given a uniform random number in [0, 1). */
    public boolean failsThisCall(DoubleSupplier random) {
        return failureRate > 0 && random.getAsDouble() < failureRate;
    }
}
