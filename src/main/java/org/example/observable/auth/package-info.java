/**
 * Authentication: log-in with e-mail and password, HS256 access tokens, and the {@link Authenticated} filter
 * that turns a bearer token into the request's {@link CurrentUser}.
 * <p>
 * Rules: tokens are JWTs signed with HMAC-SHA256 only; every other header, a bad signature, a wrong issuer or
 * audience, a missing subject or an expired token is rejected with 401 and {@code WWW-Authenticate: Bearer}.
 * A token whose user no longer exists is rejected the same way: at once on the instance that deleted the user,
 * within {@code auth.user.cache.seconds} on others ({@link ExistingUsers}). A token verified once is remembered
 * by its text, its expiry checked on every use, so the common request parses no JSON. Unknown e-mail and wrong password give the
 * same answer. Tokens and secrets are never logged. Without {@code jwt.secret} a random key is used in
 * development and test only.
 */
package org.example.observable.auth;
