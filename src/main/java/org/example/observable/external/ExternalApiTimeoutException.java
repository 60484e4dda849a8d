package org.example.observable.external;

import org.example.observable.web.ApiException;

/** The external API did not connect or answer within the configured timeout. */
public class ExternalApiTimeoutException extends ApiException {

    ExternalApiTimeoutException(String apiName) {
        super(Kind.UPSTREAM_TIMEOUT, "The external API " + apiName + " did not answer in time");
    }
}
