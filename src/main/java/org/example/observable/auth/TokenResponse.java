package org.example.observable.auth;

/** The OAuth 2.0 access token response (RFC 6749 section 5.1). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse bearer(AccessTokenIssuer.AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
