package org.example.observable.health;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessReportsTheMigratedDatabaseUp() {
        ServiceUnderTest.request().get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo(true));
    }

    @Test
    void livenessIsUp() {
        ServiceUnderTest.request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aggregateHealthIsUp() {
        ServiceUnderTest.request().get("/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentIsServed() {
        ServiceUnderTest.request().accept("application/yaml").get("/openapi").then().statusCode(200);
    }
}
