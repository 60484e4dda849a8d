package org.example.observable.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database settings, read through MicroProfile Config: server.xml's {@code db.*} variables are the
 * defaults (the single source of truth, also used by the data source) and {@code DB_*} environment variables
 * override them. {@code externalHost} is {@code db.host}, empty unless {@code DB_HOST} is set; {@code environment}
 * is {@code ENVIRONMENT}, whose default lives in server.env.
 */
record DatabaseSettings(String externalHost, int port, String name, String user, String password, String environment) {

    static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new DatabaseSettings(
                config.getOptionalValue("db.host", String.class).orElse(""),
                config.getValue("db.port", Integer.class),
                config.getValue("db.name", String.class),
                config.getValue("db.user", String.class),
                config.getValue("db.password", String.class),
                DeploymentEnvironment.name());
    }

    /** The embedded database is for development only: never when a host is given or in a deployed environment. */
    boolean usesEmbeddedDatabase() {
        if (!externalHost.isBlank()) {
            return false;
        }
        if (DeploymentEnvironment.isDeployed(environment)) {
            throw new IllegalStateException("DB_HOST must be set when ENVIRONMENT=" + environment
                    + ": the embedded PostgreSQL exists only for liberty:dev and liberty:run");
        }
        return true;
    }
}
