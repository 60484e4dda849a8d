package org.example.observable.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** MicroShed Testing, manual mode: REST Assured's base URI is the server the build started (microshed_* properties). */
@MicroShedTest
class HealthIT {

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void readinessReportsTheMigratedDatabaseUp() {
        given().get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
    }

    @Test
    void livenessIsUp() {
        given().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aggregateHealthIsUp() {
        given().get("/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().accept("application/yaml").get("/openapi").then().statusCode(200);
    }
}
