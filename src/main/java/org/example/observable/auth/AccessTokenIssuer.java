package org.example.observable.auth;

import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues access tokens with Liberty's JWT builder ({@code <jwtBuilder id="accessTokens">} in server.xml: issuer,
 * audience, RS256 and the signing key live there). The claims added here: {@code sub} (the user id), {@code groups}
 * (MicroProfile JWT roles) and {@code exp} ({@code jwt.expires.minutes}); the builder adds {@code iss}, {@code aud}
 * and {@code iat}.
 */
@ApplicationScoped
public class AccessTokenIssuer {

    /** The id of the server.xml {@code jwtBuilder}. */
    static final String BUILDER = "accessTokens";
    /** Every user of the API has the one role {@code user}. */
    static final List<String> GROUPS = List.of("user");

    @Inject
    @ConfigProperty(name = "jwt.expires.minutes", defaultValue = "60")
    long expiresMinutes;

    private final Clock clock = Clock.systemUTC();

    public AccessToken issue(long userId) {
        return issue(Long.toString(userId));
    }

    /** Signs a token for {@code subject}; the builder failing (key store, alias, password) is a server fault. */
    AccessToken issue(String subject) {
        long lifetime = Duration.ofMinutes(expiresMinutes).toSeconds();
        try {
            String token = JwtBuilder.create(BUILDER)
                    .subject(subject)
                    .claim("groups", GROUPS)
                    .expirationTime(clock.instant().getEpochSecond() + lifetime)
                    .buildJwt()
                    .compact();
            return new AccessToken(token, lifetime);
        } catch (InvalidBuilderException | InvalidClaimException | JwtException e) {
            throw new IllegalStateException("The access-token builder '" + BUILDER + "' cannot sign: " + e.getMessage(), e);
        }
    }

    /** A signed token and its lifetime in seconds. */
    public record AccessToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
