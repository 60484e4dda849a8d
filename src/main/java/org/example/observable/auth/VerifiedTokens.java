package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens MicroProfile JWT has verified, remembered by their whole text until their {@code exp}, so that a
 * client repeating its token (for an hour, typically) costs a map lookup instead of Liberty's authentication per
 * request (its trust association interceptor reads the {@code mp.jwt.*} configuration, builds a
 * {@link JsonWebToken} and a Subject and logs it in through JAAS each time: 15% of the CPU of a read, measured in
 * docs/performance.md). Only tokens that passed every check are remembered; refused ones are never. A remembered
 * token is still refused once its user is deleted ({@link ExistingUsers} is asked on every request).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory (a token is under 1 KB): beyond this many it starts afresh, each verified once again. */
    static final int MAX_REMEMBERED = 10_000;

    private final ConcurrentHashMap<String, Verified> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The user of a token verified before and not yet expired; 0 when it must be verified (again). */
    long userOf(String token) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return 0;
        }
        if (clock.instant().getEpochSecond() >= verified.expiresAtEpochSecond()) {
            byToken.remove(token);
            return 0;
        }
        return verified.userId();
    }

    /** A token MicroProfile JWT has just verified; remembered only when it says until when it is valid. */
    void remember(String token, long userId, long expiresAtEpochSecond) {
        if (expiresAtEpochSecond <= clock.instant().getEpochSecond()) {
            return;
        }
        if (byToken.size() >= MAX_REMEMBERED) {
            byToken.clear();
        }
        byToken.put(token, new Verified(userId, expiresAtEpochSecond));
    }

    private record Verified(long userId, long expiresAtEpochSecond) {
    }
}
