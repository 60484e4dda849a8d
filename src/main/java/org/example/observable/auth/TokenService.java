package org.example.observable.auth;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies HS256 JSON Web Tokens (RFC 7519) with the claims iss, aud, sub (user id), iat and exp.
 * Written against javax.crypto on purpose: HS256 alone is small enough to check completely, and a library's
 * algorithm negotiation (alg "none", key confusion) is exactly what this must not have.
 */
public final class TokenService {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String HEADER = Json.createObjectBuilder().add("alg", "HS256").add("typ", "JWT").build().toString();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Bounds the memory of verified tokens (~0.3 KB each); beyond it verification starts afresh. */
    static final int MAX_REMEMBERED_TOKENS = 10_000;
    /** Found once: {@code Json.createReader} looks the JSON provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    private final SecretKeySpec key;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;
    /**
     * Tokens whose signature and claims were verified, by their whole text: a client sends the same token for its
     * whole lifetime, and parsing its JSON again was the largest allocation of a request. Expiry is checked on every
     * use; the text includes the signature, so only a token verified here can match.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** A keyed Mac per thread: {@code Mac.getInstance} searches the security providers on every call. */
    private final ThreadLocal<Mac> macs;

    public TokenService(byte[] key, String issuer, String audience, Duration lifetime, Clock clock) {
        if (key.length < SigningKey.MINIMUM_BYTES) {
            throw new IllegalArgumentException("An HS256 key needs at least " + SigningKey.MINIMUM_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public AccessToken issue(long userId) {
        long now = clock.instant().getEpochSecond();
        String claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience)
                .add("sub", Long.toString(userId))
                .add("iat", now)
                .add("exp", now + lifetime.toSeconds())
                .build().toString();
        String signingInput = encode(HEADER) + "." + encode(claims);
        return new AccessToken(signingInput + "." + ENCODER.encodeToString(sign(signingInput)), lifetime.toSeconds());
    }

    /** Returns the user id the token was issued to, or throws {@link InvalidTokenException}. */
    public long verify(String token) {
        Verified known = token == null ? null : verified.get(token);
        if (known == null) {
            known = verifyWhole(token);
            if (verified.size() >= MAX_REMEMBERED_TOKENS) {
                verified.clear();
            }
            verified.put(token, known);
        }
        if (clock.instant().getEpochSecond() >= known.expiresAtEpochSecond()) {
            verified.remove(token);
            throw new InvalidTokenException("The access token has expired");
        }
        return known.userId();
    }

    /** Signature, header and claims: the work {@link #verify} does once per token. */
    private Verified verifyWhole(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw invalid();
        }
        JsonObject header = decodeJson(parts[0]);
        if (header.size() != 2 || !"HS256".equals(string(header, "alg")) || !"JWT".equals(string(header, "typ"))) {
            throw invalid();
        }
        byte[] signature = decode(parts[2]);
        if (!MessageDigest.isEqual(sign(parts[0] + "." + parts[1]), signature)) {
            throw invalid();
        }
        JsonObject claims = decodeJson(parts[1]);
        if (!issuer.equals(string(claims, "iss")) || !hasAudience(claims)) {
            throw invalid();
        }
        return new Verified(subject(claims), number(claims, "exp"));
    }

    private boolean hasAudience(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString single) {
            return audience.equals(single.getString());
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY
                && aud.asJsonArray().contains(Json.createValue(audience));
    }

    private static long subject(JsonObject claims) {
        String sub = string(claims, "sub");
        try {
            long id = Long.parseLong(sub);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the rejection below
        }
        throw invalid();
    }

    private byte[] sign(String signingInput) {
        return macs.get().doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decode(String part) {
        if (part.isEmpty() || part.contains("=")) {
            throw invalid();
        }
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static JsonObject decodeJson(String part) {
        try (var reader = READERS.createReader(new ByteArrayInputStream(decode(part)), StandardCharsets.UTF_8)) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid();
        }
    }

    private static String string(JsonObject json, String name) {
        return json.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static long number(JsonObject json, String name) {
        if (json.get(name) instanceof JsonNumber value) {
            return value.longValue();
        }
        throw invalid();
    }

    private static InvalidTokenException invalid() {
        return new InvalidTokenException("The access token is not valid");
    }

    private record Verified(long userId, long expiresAtEpochSecond) {
    }

    /** A signed token and its lifetime in seconds. */
    public record AccessToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
