package org.example.observable.testsupport;

import java.util.Map;
import java.util.UUID;

/** Products a test owns (so no test depends on shared stock) and placing orders as a user. */
public final class Shop {

    private Shop() {
    }

    /** Creates a product with that price and stock, owned by the calling test; returns its id. */
    public static long createProduct(ApiUser user, String price, int stock) {
        return user.request()
                .body(Map.of("name", "it-product-" + UUID.randomUUID(), "price", price, "stock", stock))
                .post("/api/products")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static int stockOf(long productId) {
        return ServiceUnderTest.request().get("/api/products")
                .then().statusCode(200)
                .extract().jsonPath().getInt("find { it.id == " + productId + " }.stock");
    }

    public static Map<String, Object> order(long productId, int quantity, String paymentMethod) {
        return Map.of("product_id", productId, "quantity", quantity, "payment_method", paymentMethod,
                "order_type", "standard");
    }
}
