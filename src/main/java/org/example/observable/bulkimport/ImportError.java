package org.example.observable.bulkimport;

/** Why the post at {@code index} (0-based, in the request array) was not imported; {@code field} may be absent. */
public record ImportError(int index, String field, String message) {
}
