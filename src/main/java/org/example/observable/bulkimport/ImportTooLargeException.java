package org.example.observable.bulkimport;

import org.example.observable.web.ApiException;

/** More posts or more bytes in one import than the limits allow. */
public class ImportTooLargeException extends ApiException {

    ImportTooLargeException(String detail) {
        super(Kind.TOO_LARGE, detail);
    }
}
