package org.example.observable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code configDropins/overrides} file of the running integration-test server, there while a test needs it: Liberty
 * notices the file within half a second (its default configuration polling) and applies it without a restart, as it
 * does for an operator's drop-in. The test awaits the effect it needs, then closes the override, which deletes the file
 * and so restores the configuration (the test awaits that too).
 */
public final class ServerConfigOverride implements AutoCloseable {

    private final Path file;

    private ServerConfigOverride(Path file) {
        this.file = file;
    }

    /** Writes {@code <server>body</server>} as {@code configDropins/overrides/<name>.xml}. */
    public static ServerConfigOverride apply(String name, String body) {
        Path file = Path.of(System.getProperty("it.server.dir"), "configDropins", "overrides", name + ".xml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<server>\n" + body + "\n</server>\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return new ServerConfigOverride(file);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
