package org.example.observable.products;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.util.Map;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** MicroShed Testing, manual mode: REST Assured's base URI is the server the build started (microshed_* properties). */
@MicroShedTest
class ProductsIT {

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void seededProductsAreListedWithoutAToken() {
        given().get("/api/products")
                .then().statusCode(200)
                .body("name", hasItem("Observability handbook"));
    }

    @Test
    void aCreatedProductIsListedWithItsPriceAndStock() {
        long id = Shop.createProduct(ApiUser.register(), "12.34", 7);

        given().get("/api/products")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.price", equalTo(12.34f))
                .body("find { it.id == " + id + " }.stock", equalTo(7));
    }

    @Test
    void creatingAProductNeedsAToken() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "price", "1.00", "stock", 1))
                .post("/api/products")
                .then().statusCode(401);
    }

    @Test
    void aNegativeStockIsRefusedAsAProblem() {
        int status = ApiUser.register().request().body(Map.of("name", "x", "price", "1.00", "stock", -1))
                .post("/api/products")
                .then().contentType("application/problem+json")
                .extract().statusCode();
        assertEquals(400, status, "negative stock");
    }

    @Test
    void aPriceWithMoreThanTwoDecimalsIsRefused() {
        ApiUser.register().request().body(Map.of("name", "x", "price", "1.005", "stock", 1))
                .post("/api/products")
                .then().statusCode(400);
    }
}
