package org.example.observable.orders;

import java.math.BigDecimal;

public record OrderResponse(long id, long productId, int quantity, BigDecimal amount, String orderType,
                            String paymentMethod, OrderStatus status, String paymentTransactionId) {

    static OrderResponse of(Order order) {
        return new OrderResponse(order.getId(), order.getProductId(), order.getQuantity(), order.getAmount(),
                order.getOrderType(), order.getPaymentMethod(), order.getStatus(), order.getPaymentTransactionId());
    }
}
