/**
 * Authentication: log-in with e-mail and password, access tokens issued by Liberty's JWT builder
 * ({@link AccessTokenIssuer}) and verified by Liberty's MicroProfile JWT, and the {@link Authenticated} filter that
 * turns a bearer token into the request's {@link CurrentUser}.
 * <p>
 * Rules: tokens are RS256 JWTs (the algorithm is pinned in server.xml) signed with the key pair of the configured key
 * store; development and test use the key store Liberty generates at first start, staging and production refuse to
 * start without their own ({@link SigningKeys}). Another algorithm, a bad signature, a wrong issuer or audience, a
 * subject that is not a user id or an expired token is rejected with 401 and {@code WWW-Authenticate: Bearer}; so is
 * a token whose user no longer exists: at once on the instance that deleted the user, within
 * {@code auth.user.cache.seconds} on others ({@link ExistingUsers}). An external OpenID Connect issuer may be trusted
 * instead of the built-in one (server.xml, {@code JWT_VERIFY_*}); its tokens must name a user id in {@code sub} too.
 * Liberty remembers a verified token until it expires, so the common request checks no signature. Unknown e-mail and
 * wrong password give the same answer. Tokens and keys are never logged.
 */
package org.example.observable.auth;
