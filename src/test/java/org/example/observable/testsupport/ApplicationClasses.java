package org.example.observable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.example.observable.web.ApiException;

/** The application's compiled top-level classes, for tests of rules that hold for every class of a kind. */
public final class ApplicationClasses {

    private ApplicationClasses() {
    }

    /** Binary names ({@code org.example.observable.web.ApiException}), nested classes and package-info left out. */
    public static List<String> names() {
        try {
            Path classes = Path.of(ApiException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classes of {@link #names()}, loaded without running their static initializers. */
    public static List<Class<?>> loaded() {
        return names().stream().<Class<?>>map(ApplicationClasses::loadWithoutInitializing).toList();
    }

    private static Class<?> loadWithoutInitializing(String name) {
        try {
            return Class.forName(name, false, ApplicationClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
