package org.example.observable.bulkimport;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

/** More posts or more bytes in one import than the limits allow. */
public class ImportTooLargeException extends ApiException {

    ImportTooLargeException(String detail) {
        super(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }
}
