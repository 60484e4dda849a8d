/**
 * The outbound call to the configured external HTTP API ({@code external.api.url}, env {@code EXTERNAL_API_URL}),
 * through a MicroProfile Rest Client with connect and read timeouts.
 * <p>
 * Rules: every call runs in an {@code external_api_call} span (the Rest Client's own CLIENT span is its child)
 * with the URL without user info, query or fragment, the API's name and the answer's status. A read or connect
 * timeout is answered 504, an HTTP error of the external API or an unreachable API 502 naming what happened; the
 * span then has ERROR status and the recorded exception. The current W3C baggage ({@code tenant.id}) and trace
 * context travel with the call. The resource name becomes a path segment of the outgoing URL: only 1 to 32 of
 * {@code a-z}, {@code 0-9} and {@code -} ({@link org.example.observable.external.ExternalResourceName}), anything
 * else is a 404 problem and no call.
 */
package org.example.observable.external;
