package org.example.observable.bulkimport;

import java.util.List;

/** The outcome of an import: how many posts were written, how many not, and why not, by index. */
public record ImportReport(int imported, int failed, List<ImportError> errors) {
}
