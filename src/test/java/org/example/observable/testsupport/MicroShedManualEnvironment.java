package org.example.observable.testsupport;

import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import org.microshed.testing.ManuallyStartedConfiguration;

/**
 * MicroShed Testing's manual mode (the server the build started: {@code microshed_manual_env},
 * {@code microshed_hostname}, {@code microshed_http_port}), chosen with {@code MICROSHED_TEST_ENV_CLASS} (pom.xml). It
 * keeps what MicroShed sets up for REST Assured (base URI and port) but not its default object mapper,
 * {@code ObjectMapperType.JSONB}: that is REST Assured's javax.json.bind mapper, and once a {@code @MicroShedTest} class
 * has run, every REST Assured request body in the test JVM failed with {@code NoClassDefFoundError: javax/json/bind/Jsonb}.
 * REST Assured picks its mapper from the classpath again (Jackson), as without MicroShed.
 */
public class MicroShedManualEnvironment extends ManuallyStartedConfiguration {

    @Override
    public void postConfigure(Class<?> testClass) {
        super.postConfigure(testClass);
        RestAssured.config = RestAssured.config().objectMapperConfig(ObjectMapperConfig.objectMapperConfig());
    }
}
