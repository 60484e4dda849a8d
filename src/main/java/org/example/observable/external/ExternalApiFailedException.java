package org.example.observable.external;

import org.example.observable.web.ApiException;

/** The external API answered with an HTTP error, or could not be reached. */
public class ExternalApiFailedException extends ApiException {

    ExternalApiFailedException(String detail) {
        super(Kind.UPSTREAM_FAILED, detail);
    }
}
