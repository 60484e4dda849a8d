package org.example.observable.external;

import org.example.observable.web.ApiException;

/** The resource name breaks {@link ExternalResourceName}'s rule; the name is not echoed, it is caller input. */
public class UnknownExternalResourceException extends ApiException {

    UnknownExternalResourceException() {
        super(Kind.NOT_FOUND, "No external resource by that name: names are 1 to 32 of a-z, 0-9 and -");
    }
}
