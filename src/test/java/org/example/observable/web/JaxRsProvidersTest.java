package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule of {@code package-info.java}: every JAX-RS provider of the application is {@code @Dependent}. */
class JaxRsProvidersTest {

    @Test
    void everyProviderIsDependentSoRestEasyCallsItWithoutWeldsClientProxy() throws IOException, URISyntaxException {
        List<Class<?>> providers = applicationClasses().stream().filter(type -> type.isAnnotationPresent(Provider.class)).toList();

        assertEquals(List.of(), providers.stream().filter(type -> !type.isAnnotationPresent(Dependent.class))
                .map(Class::getName).toList(), "providers without @Dependent");
        assertTrue(providers.size() >= 10 && providers.contains(RequestBodyLimitFilter.class),
                "the scan saw the application's providers: " + providers);
    }

    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(ApiException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(JaxRsProvidersTest::loadWithoutInitializing)
                    .toList();
        }
    }

    private static Class<?> loadWithoutInitializing(String name) {
        try {
            return Class.forName(name, false, JaxRsProvidersTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
