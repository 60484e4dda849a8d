package org.example.observable.telemetry;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether MicroProfile Telemetry's SDK runs: it is off unless {@code otel.sdk.disabled=false} (server.env:
 * OTEL_SDK_DISABLED). With it off Liberty hands out a no-op OpenTelemetry, so the application's own instrumentation
 * (the database spans, the pool and HTTP measurements) stays out of the request path instead of measuring for nothing.
 * The switch is read once, where each piece is set up: Liberty reads it once, at start.
 */
public final class TelemetrySwitch {

    public static final String SDK_DISABLED_KEY = "otel.sdk.disabled";

    private TelemetrySwitch() {
    }

    public static boolean sdkEnabled() {
        return sdkEnabled(ConfigProvider.getConfig());
    }

    static boolean sdkEnabled(Config config) {
        return !config.getOptionalValue(SDK_DISABLED_KEY, Boolean.class).orElse(true);
    }

    /** A class the OpenTelemetry Java agent puts on the boot class path; Liberty looks for it too. */
    static final String JAVA_AGENT_CLASS = "io.opentelemetry.javaagent.bootstrap.AgentStarter";

    /**
     * Whether the JVM runs under the OpenTelemetry Java agent. Liberty then hands its own spans to the agent's SDK and
     * makes no HTTP spans itself, as the agent instruments the servlet container: what the agent instruments, the
     * application leaves to it.
     */
    public static boolean javaAgentActive() {
        try {
            Class.forName(JAVA_AGENT_CLASS, false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError notThere) {
            return false;
        }
    }
}
