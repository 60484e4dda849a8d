package org.example.observable.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * An order as a JVM that died between the two transactions of a placement leaves it: PENDING, its stock
     * reserved, created {@code ageSeconds} ago; written straight into the database. Returns its id.
     */
    public static long abandonedOrder(ApiUser user, long productId, int quantity, String amount, long ageSeconds)
            throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long orderId;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (user_id, product_id,"
                    + " quantity, amount, payment_method, order_type, status, created_at) VALUES (?, ?, ?, ?, 'card',"
                    + " 'standard', 'PENDING', now() - make_interval(secs => ?)) RETURNING id")) {
                insert.setLong(1, user.id());
                insert.setLong(2, productId);
                insert.setInt(3, quantity);
                insert.setBigDecimal(4, new BigDecimal(amount));
                insert.setLong(5, ageSeconds);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    orderId = row.getLong(1);
                }
            }
            try (PreparedStatement reserve = connection.prepareStatement("UPDATE products SET stock = stock - ? WHERE id = ?")) {
                reserve.setInt(1, quantity);
                reserve.setLong(2, productId);
                reserve.executeUpdate();
            }
            connection.commit();
            return orderId;
        }
    }

    /** Backdates an order's creation, as if it had been PENDING for {@code ageSeconds}. */
    public static void ageOrder(long orderId, long ageSeconds) throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE orders SET created_at = now() - make_interval(secs => ?) WHERE id = ?")) {
            update.setLong(1, ageSeconds);
            update.setLong(2, orderId);
            update.executeUpdate();
        }
    }
}
