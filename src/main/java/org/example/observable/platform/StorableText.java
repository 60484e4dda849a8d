package org.example.observable.platform;

import java.util.List;
import org.example.observable.web.ApiException;
import org.example.observable.web.Problem;

/**
 * PostgreSQL text cannot hold U+0000: a value with it fails the statement, which would answer 500. Services check the
 * fields they store one by one; the bulk import does not, it reports the chunk the database rejected.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Refuses the value (400 with the field) if the database could not store it. */
    public static void require(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new UnstorableTextException(field);
        }
    }

    /** A text field with U+0000. */
    public static class UnstorableTextException extends ApiException {

        private final String field;

        UnstorableTextException(String field) {
            super(Kind.INVALID_INPUT, "The request is not valid");
            this.field = field;
        }

        @Override
        public List<Problem.FieldError> fieldErrors() {
            return List.of(new Problem.FieldError(field, "must not contain the character U+0000"));
        }
    }
}
