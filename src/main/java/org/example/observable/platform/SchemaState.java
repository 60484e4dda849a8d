package org.example.observable.platform;

/** Whether start-up migrations have completed; the readiness check reports DOWN until they have. */
public final class SchemaState {

    private static volatile boolean migrated;

    private SchemaState() {
    }

    static void markMigrated() {
        migrated = true;
    }

    public static boolean isMigrated() {
        return migrated;
    }
}
