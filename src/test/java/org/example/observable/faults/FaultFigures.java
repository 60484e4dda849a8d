package org.example.observable.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the fault tests measured, one Markdown table row per case, appended to {@code target/fault-figures.md} (the
 * figures of docs/reliability.md come from there).
 */
final class FaultFigures {

    private static final Path FILE = Path.of("target", "fault-figures.md");

    private FaultFigures() {
    }

    static synchronized void record(String row) {
        try {
            Files.writeString(FILE, row + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
