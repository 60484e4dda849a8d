package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses a bearer token whose {@code exp} lies further in the past than the clock skew MicroProfile JWT allows
 * ({@code JWT_CLOCK_SKEW}), before anything verifies its signature. MicroProfile JWT refuses it too, but only after
 * {@link TokenSignatures} and Liberty have each verified its signature and Liberty has run its login: a request with
 * an expired token cost 415 us of CPU and 273 KiB, a read 196 us and 42 KiB; refused here, 182 us (docs/performance.md).
 * Refusing on a claim whose signature is unverified grants nothing: a forged token with a past {@code exp} is refused
 * either way, with the same answer. A token without a numeric {@code exp}, or a skew this class cannot read, is left to
 * MicroProfile JWT. The skew is read when a token is checked, so a configuration update applies at once.
 */
@ApplicationScoped
public class TokenExpiry {

    /** Liberty's clock and MicroProfile JWT's may round a second differently: only tokens a second past that are refused here. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    /** Liberty's duration: numbers with units, largest first ({@code 60s}, {@code 1m30s}, {@code 500ms}). */
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
    /** The unit of each of DURATION's groups, in order. */
    private static final Duration[] DURATION_UNITS =
            {Duration.ofDays(1), Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMillis(1)};

    @Inject
    Config config;

    private final Clock clock;

    public TokenExpiry() {
        this(Clock.systemUTC());
    }

    TokenExpiry(Clock clock) {
        this.clock = clock;
    }

    /** Whether MicroProfile JWT would certainly refuse {@code token} as expired. */
    boolean refuses(String token) {
        OptionalLong expiresAt = expiresAtEpochSecond(token);
        if (expiresAt.isEmpty()) {
            return false;
        }
        Optional<Duration> skew = config.getOptionalValue("jwt.clock.skew", String.class).flatMap(TokenExpiry::duration);
        if (skew.isEmpty()) {
            return false;
        }
        try {
            return clock.millis() > Math.addExact(Math.multiplyExact(expiresAt.getAsLong(), 1000L), skew.get().plus(MARGIN).toMillis());
        } catch (ArithmeticException beyondAnyClock) {
            return false;
        }
    }

    /**
     * The {@code exp} of a compact JWS's payload, in seconds since the epoch; empty when it has none that is a whole
     * number of seconds within a {@code long} (a fraction, or a number no clock reaches, is MicroProfile JWT's to judge).
     */
    static OptionalLong expiresAtEpochSecond(String token) {
        int firstDot = token.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
        if (secondDot < 0) {
            return OptionalLong.empty();
        }
        try {
            // longValueExact refuses a fraction or an out-of-range number by its precision and scale alone, without
            // computing the digits of 1e999999999.
            return JwsSignature.jsonObject(token.substring(firstDot + 1, secondDot)).get("exp") instanceof JsonNumber exp
                    ? OptionalLong.of(exp.bigDecimalValue().longValueExact())
                    : OptionalLong.empty();
        } catch (IllegalArgumentException | JsonException | ClassCastException | ArithmeticException notAJwtExpiry) {
            return OptionalLong.empty();
        }
    }

    /** A Liberty duration ({@code 60s}, {@code 5m}, {@code 1h30m}, {@code 500ms}); empty for anything else, a bare number included. */
    static Optional<Duration> duration(String text) {
        Matcher parts = DURATION.matcher(text.strip());
        if (text.isBlank() || !parts.matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        try {
            for (int i = 0; i < DURATION_UNITS.length; i++) {
                String amount = parts.group(i + 1);
                if (amount != null) {
                    total = total.plus(DURATION_UNITS[i].multipliedBy(Long.parseLong(amount)));
                }
            }
        } catch (NumberFormatException | ArithmeticException tooLong) {
            return Optional.empty();
        }
        return Optional.of(total);
    }
}
