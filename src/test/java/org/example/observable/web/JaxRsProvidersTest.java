package org.example.observable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.example.observable.testsupport.ApplicationClasses;
import org.junit.jupiter.api.Test;

/** The rule of {@code package-info.java}: every JAX-RS provider of the application is {@code @Dependent}. */
class JaxRsProvidersTest {

    @Test
    void everyProviderIsDependentSoRestEasyCallsItWithoutWeldsClientProxy() {
        List<Class<?>> providers = ApplicationClasses.loaded().stream().filter(type -> type.isAnnotationPresent(Provider.class)).toList();

        assertEquals(List.of(), providers.stream().filter(type -> !type.isAnnotationPresent(Dependent.class))
                .map(Class::getName).toList(), "providers without @Dependent");
        assertTrue(providers.size() >= 10 && providers.contains(RequestBodyLimitFilter.class),
                "the scan saw the application's providers: " + providers);
    }
}
