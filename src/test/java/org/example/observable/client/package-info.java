/**
 * Clients of the API as other Java programs would write them: a MicroProfile Rest Client interface
 * ({@link org.example.observable.client.ObservableApi}) with its own records, configured by URL, used by the
 * black-box tests next to REST Assured. The generated OpenAPI client lives in {@code src/test/contract} (pom.xml).
 */
package org.example.observable.client;
