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

    private final ConcurrentHashMap<TokenKey, Verified> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * The user of a token verified before and not yet expired; 0 when it must be verified (again). Public, like
     * {@link #remember}: the bearer-token filter calls them through the bean's CDI proxy, which would call a
     * package-private method by reflection.
     */
    public long userOf(String token) {
        TokenKey key = TokenKey.of(token);
        Verified verified = byToken.get(key);
        if (verified == null) {
            return 0;
        }
        if (epochSecond() >= verified.expiresAtEpochSecond()) {
            byToken.remove(key);
            return 0;
        }
        return verified.userId();
    }

    /** A token MicroProfile JWT has just verified; remembered only when it says until when it is valid. */
    public void remember(String token, long userId, long expiresAtEpochSecond) {
        if (expiresAtEpochSecond <= epochSecond()) {
            return;
        }
        if (byToken.size() >= MAX_REMEMBERED) {
            byToken.clear();
        }
        byToken.put(TokenKey.of(token), new Verified(userId, expiresAtEpochSecond));
    }

    private long epochSecond() {
        return Math.floorDiv(clock.millis(), 1000);
    }

    /**
     * A token as the key it is remembered by: hashed on its last {@value #HASHED_CHARACTERS} characters, compared whole.
     * A token arrives as a new string with every request, so its own hash code, of all its 600-odd characters, would
     * be computed on every request (0.6 us a read, docs/performance.md); the end of a token is its signature's, which
     * differs from token to token. Only verified tokens are remembered, so no caller can fill one hash's bucket.
     */
    record TokenKey(String token, int hash) {

        static final int HASHED_CHARACTERS = 32;

        static TokenKey of(String token) {
            int hash = 0;
            for (int i = Math.max(0, token.length() - HASHED_CHARACTERS); i < token.length(); i++) {
                hash = 31 * hash + token.charAt(i);
            }
            return new TokenKey(token, hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenKey key && key.hash == hash && key.token.equals(token);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Verified(long userId, long expiresAtEpochSecond) {
    }
}
