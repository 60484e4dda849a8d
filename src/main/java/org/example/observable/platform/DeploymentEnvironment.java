package org.example.observable.platform;

import java.util.Set;

/**
 * The rule behind {@code ENVIRONMENT}: in a deployed environment (staging, production) nothing may fall back to a
 * developer convenience (embedded database, random token key); development and test may.
 */
public final class DeploymentEnvironment {

    private static final Set<String> DEPLOYED = Set.of("production", "staging");

    private DeploymentEnvironment() {
    }

    public static boolean isDeployed(String environment) {
        return DEPLOYED.contains(environment);
    }
}
