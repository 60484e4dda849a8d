package org.example.observable.auth;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses log-ins for an account, or from a client address, that failed too often within a window: the answer is
 * 429 with {@code Retry-After} until the window of the first counted failure has passed. Accounts are counted by
 * the e-mail as given (normalised), whether or not such a user exists, so the answer reveals nothing about which
 * accounts exist; the password check (PBKDF2) runs for unknown e-mails as well. A success forgets the account's
 * failures. Counts live in this instance's memory only: with N instances an attacker gets up to N times the budget.
 */
public final class LoginThrottle {

    /** Beyond this many tracked keys, expired entries are dropped first and then, if still full, all of them. */
    static final int MAX_TRACKED = 100_000;

    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailuresPerAccount, int maxFailuresPerAddress, long windowSeconds, Clock clock) {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("login throttle limits and window must be positive");
        }
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.windowMillis = windowSeconds * 1000;
        this.clock = clock;
    }

    /** Throws {@link LoginThrottledException} when the account or the address has used up its failures. */
    public void checkAllowed(String email, String clientAddress) {
        long now = clock.millis();
        long retryAfterMillis = Math.max(
                blockedFor(byAccount, accountKey(email), maxFailuresPerAccount, now),
                blockedFor(byAddress, clientAddress, maxFailuresPerAddress, now));
        if (retryAfterMillis > 0) {
            throw new LoginThrottledException((retryAfterMillis + 999) / 1000);
        }
    }

    public void failed(String email, String clientAddress) {
        long now = clock.millis();
        count(byAccount, accountKey(email), now);
        count(byAddress, clientAddress, now);
    }

    public void succeeded(String email) {
        byAccount.remove(accountKey(email));
    }

    int trackedAccounts() {
        return byAccount.size();
    }

    private long blockedFor(Map<String, Failures> counts, String key, int max, long now) {
        Failures failures = key == null ? null : counts.get(key);
        if (failures == null || failures.count < max) {
            return 0;
        }
        return Math.max(0, failures.since + windowMillis - now);
    }

    private void count(Map<String, Failures> counts, String key, long now) {
        if (key == null) {
            return;
        }
        if (counts.size() >= MAX_TRACKED && !counts.containsKey(key)) {
            counts.values().removeIf(failures -> failures.since + windowMillis <= now);
            if (counts.size() >= MAX_TRACKED) {
                counts.clear();
            }
        }
        counts.compute(key, (k, failures) -> failures == null || failures.since + windowMillis <= now
                ? new Failures(now, 1)
                : new Failures(failures.since, failures.count + 1));
    }

    private static String accountKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(long since, int count) {
    }
}
