package org.example.observable.platform;

import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The rule behind {@code ENVIRONMENT}: in a deployed environment (staging, production) nothing may fall back to a
 * developer convenience (embedded database, generated token key); development and test may. The one reader of the
 * setting; its default lives in liberty/config/server.env, which also picks the exporters from it.
 */
public final class DeploymentEnvironment {

    /** MicroProfile Config key of the environment variable ENVIRONMENT. */
    static final String KEY = "environment";

    private static final Set<String> DEPLOYED = Set.of("production", "staging");

    private DeploymentEnvironment() {
    }

    /** development, test, staging or production. */
    public static String name() {
        return ConfigProvider.getConfig().getValue(KEY, String.class);
    }

    public static boolean isDeployed() {
        return isDeployed(name());
    }

    public static boolean isDeployed(String environment) {
        return DEPLOYED.contains(environment);
    }
}
