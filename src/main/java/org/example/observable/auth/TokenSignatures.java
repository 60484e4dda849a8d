package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses a bearer token whose signature is not made, with the configured algorithm, by a key this server trusts,
 * before MicroProfile JWT sees it. Liberty's JWT consumer would refuse it too, but it puts the whole token into the
 * exception it throws, and Liberty's first failure data capture writes that exception, with the token, into an
 * incident file under {@code logs/ffdc} (no setting turns this off). So only tokens with a genuine signature reach
 * Liberty, which then checks everything else (issuer, audience, expiry).
 *
 * <p>The trusted keys are those {@code <mpJwt>} in server.xml verifies with: the certificate {@code JWT_KEY_ALIAS} of
 * the key store {@code JWT_KEYSTORE} for the built-in issuer, or the key set at {@code JWT_VERIFY_JWKS_URI} when an
 * external issuer is trusted (fetched again after {@value #KEY_SET_MAX_AGE_MINUTES} minutes, or for a key id it does
 * not know, at most every {@value #KEY_SET_MIN_REFETCH_SECONDS} s). The settings are read when a token is checked, so
 * a configuration update applies at once. The key set is fetched with the JDK's default trust store, not Liberty's SSL
 * configuration. When the keys cannot be had (key store unreadable, key set unreachable or its certificate trusted
 * only by Liberty) the token is not refused here: MicroProfile JWT decides, as without this check.
 */
@ApplicationScoped
public class TokenSignatures {

    static final int KEY_SET_MAX_AGE_MINUTES = 10;
    static final int KEY_SET_MIN_REFETCH_SECONDS = 30;
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(TokenSignatures.class.getName());

    @Inject
    Config config;

    private final Clock clock;
    /** Made on the first key set fetch (guarded by this): the built-in issuer never needs one. */
    private HttpClient http;
    /** The keys last loaded, and from where: replaced as a whole, read without a lock. */
    private volatile TrustedKeys trusted = TrustedKeys.NONE;

    public TokenSignatures() {
        this(Clock.systemUTC());
    }

    TokenSignatures(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether {@code token} is certainly not signed by a trusted key with the configured algorithm (not a JWS, another
     * algorithm, {@code none}, HMAC, another key); false when it is, or when that cannot be known right now.
     */
    boolean refuses(String token) {
        String algorithm = config.getValue("jwt.verify.algorithm", String.class);
        if (!JwsSignature.verifiable(algorithm)) {
            return false;
        }
        Optional<JwsSignature> signature = JwsSignature.of(token);
        if (signature.isEmpty() || !signature.get().algorithm().equals(algorithm)) {
            return true;
        }
        Optional<List<JsonWebKeys.Key>> keys = keysFor(signature.get().keyId());
        return keys.isPresent() && keys.get().stream().noneMatch(key -> signature.get().verifiesWith(key.publicKey()));
    }

    /** The trusted keys that may have made a signature with this key id; empty when they cannot be loaded. */
    private Optional<List<JsonWebKeys.Key>> keysFor(Optional<String> keyId) {
        Optional<String> jwksUri = config.getOptionalValue("jwt.verify.jwks.uri", String.class);
        String source = jwksUri.orElseGet(this::keyStoreSource);
        TrustedKeys current = trusted;
        if (current.outdated(source, jwksUri.isPresent() ? keyId : Optional.empty(), clock.instant())) {
            current = reload(current, source, jwksUri);
        }
        if (!current.loaded()) {
            return Optional.empty();
        }
        // A key set names its keys: a token naming one is checked with that one only. The key store has one key.
        return Optional.of(jwksUri.isPresent() && keyId.isPresent() ? current.withId(keyId.get()) : current.keys());
    }

    private synchronized TrustedKeys reload(TrustedKeys seen, String source, Optional<String> jwksUri) {
        if (trusted != seen) {
            return trusted; // another request has just reloaded them
        }
        Optional<List<JsonWebKeys.Key>> keys = jwksUri.isPresent() ? fetchKeySet(jwksUri.get()) : keyStoreKey();
        Instant now = clock.instant();
        // A failed fetch keeps what the same source gave before; either way it is tried again after the refetch interval.
        trusted = keys.map(loaded -> new TrustedKeys(source, loaded, now, true))
                .orElseGet(() -> seen.isFrom(source) ? new TrustedKeys(source, seen.keys(), now, seen.loaded())
                        : new TrustedKeys(source, List.of(), now, false));
        return trusted;
    }

    /** Names the key store's content: its path, key alias and modification time (a replaced file is read again). */
    private String keyStoreSource() {
        Path keyStore = Path.of(config.getValue("jwt.keystore", String.class));
        String modified;
        try {
            modified = Files.getLastModifiedTime(keyStore).toString();
        } catch (IOException notThere) {
            modified = "absent";
        }
        return keyStore + "#" + config.getValue("jwt.key.alias", String.class) + "@" + modified;
    }

    private Optional<List<JsonWebKeys.Key>> keyStoreKey() {
        String location = config.getValue("jwt.keystore", String.class);
        String alias = config.getValue("jwt.key.alias", String.class);
        char[] password = config.getOptionalValue("jwt.keystore.password", String.class).orElse("").toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Certificate certificate = store.getCertificate(alias);
            if (certificate == null) {
                LOG.warning(() -> "No certificate " + alias + " in the access-token key store " + location
                        + ": token signatures are left to MicroProfile JWT alone");
                return Optional.empty();
            }
            return Optional.of(List.of(new JsonWebKeys.Key(Optional.empty(), certificate.getPublicKey())));
        } catch (IOException | GeneralSecurityException unreadable) {
            LOG.log(Level.WARNING, "The access-token key store " + location + " could not be read (" + unreadable.getClass().getSimpleName()
                    + "): token signatures are left to MicroProfile JWT alone");
            return Optional.empty();
        }
    }

    private Optional<List<JsonWebKeys.Key>> fetchKeySet(String uri) {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        }
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(FETCH_TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return Optional.of(JsonWebKeys.parse(answer.body()));
            }
            // The address is not logged: it may carry credentials (user info, a query token).
            LOG.warning(() -> "The key set at JWT_VERIFY_JWKS_URI answered " + answer.statusCode()
                    + ": token signatures are left to MicroProfile JWT alone");
        } catch (IOException | IllegalArgumentException unreachable) {
            LOG.warning(() -> "The key set at JWT_VERIFY_JWKS_URI could not be fetched (" + unreachable.getClass().getSimpleName()
                    + "): token signatures are left to MicroProfile JWT alone");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** Keys loaded from one source (a key store's content or a key set's address), when, and whether it worked. */
    private record TrustedKeys(String source, List<JsonWebKeys.Key> keys, Instant loadedAt, boolean loaded) {

        static final TrustedKeys NONE = new TrustedKeys("", List.of(), Instant.EPOCH, false);

        boolean isFrom(String other) {
            return source.equals(other);
        }

        /** Whether to load again: another source, old keys, or (not more often than the refetch interval) a failed
         * load or a key id the key set lacks. */
        boolean outdated(String wanted, Optional<String> keyId, Instant now) {
            if (!isFrom(wanted) || olderThan(now, Duration.ofMinutes(KEY_SET_MAX_AGE_MINUTES))) {
                return true;
            }
            boolean lacking = !loaded || keyId.isPresent() && withId(keyId.get()).isEmpty();
            return lacking && olderThan(now, Duration.ofSeconds(KEY_SET_MIN_REFETCH_SECONDS));
        }

        private boolean olderThan(Instant now, Duration age) {
            return loadedAt.plus(age).isBefore(now);
        }

        List<JsonWebKeys.Key> withId(String keyId) {
            return keys.stream().filter(key -> key.keyId().filter(keyId::equals).isPresent()).toList();
        }
    }
}
