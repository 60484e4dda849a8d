package org.example.observable.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

class ProblemResponsesIT {

    @Test
    void unknownPathIsA404Problem() {
        ServiceUnderTest.request().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void problemBodiesCarryNoStackTrace() {
        ServiceUnderTest.request().get("/api/no-such-thing")
                .then().body(not(containsString("at org.")));
    }
}
