/**
 * The HTTP edge shared by every feature: the JAX-RS application under {@code /api}, JSON-B settings
 * (snake_case field names) and the mapping of every failure to an RFC 9457 {@code application/problem+json}
 * answer.
 * <p>
 * Rules: features throw domain exceptions ({@link org.example.observable.web.ApiException} subclasses, named after
 * the rule, each of one {@code Kind}, never with an HTTP status); only this package turns them into HTTP, in one
 * table ({@code ApiExceptionMapper}). Every problem answer is built by {@code Problem}. No answer carries a stack trace; unexpected failures are logged once here
 * with the request's trace context and answered 500. Bodies are bounded ({@code API_MAX_BODY_BYTES}, 413) and read
 * strictly (UTF-8, real strings, whole numbers in range, real booleans): what JSON-B would coerce is a 400 here.
 * <p>
 * Every JAX-RS provider of the application, in whichever feature, is {@code @Dependent}: RESTEasy holds one instance
 * of each and calls it directly. Without a scope Liberty makes a provider {@code @ApplicationScoped}, and each call
 * then went through Weld's client proxy (a thread-local set and removed per call; six calls a read, 2-3 us:
 * docs/performance.md, nineteenth session).
 */
package org.example.observable.web;
