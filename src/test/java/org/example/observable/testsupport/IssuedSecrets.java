package org.example.observable.testsupport;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every secret the tests of this JVM handed to the service (the e-mail, password and access token of each
 * registered {@link ApiUser}), so the leak scan (telemetry.SensitiveDataIT) can look for all of them, whichever test
 * (hostile input, faults, ...) sent them.
 */
public final class IssuedSecrets {

    private static final ConcurrentLinkedQueue<String> SECRETS = new ConcurrentLinkedQueue<>();

    private IssuedSecrets() {
    }

    public static void add(String... secrets) {
        SECRETS.addAll(List.of(secrets));
    }

    public static List<String> all() {
        return SECRETS.stream().distinct().toList();
    }
}
