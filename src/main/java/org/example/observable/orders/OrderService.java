package org.example.observable.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.example.observable.products.ProductRepository;

/** The order's transactions; {@link OrderPlacement} strings them around the payment call. */
@ApplicationScoped
@Transactional
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    ProductRepository products;

    /** Reserves the stock and writes the order as PENDING: both or, on any failure, neither. */
    public Order reserve(long userId, OrderRequest request) {
        long productId = request.productId();
        int quantity = request.quantity();
        BigDecimal price = products.price(productId).orElseThrow(() -> new UnknownProductException(productId));
        if (!products.reserve(productId, quantity)) {
            throw new OutOfStockException(productId, quantity);
        }
        Order order = new Order(userId, productId, quantity, OrderAmount.of(price, quantity),
                request.paymentMethod(), request.orderType());
        orders.add(order);
        return order;
    }

    public OrderResponse markPaid(long orderId, String transactionId) {
        Order order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        order.paid(transactionId);
        return OrderResponse.of(order);
    }

    /** The payment failed: the order becomes FAILED and its stock goes back, together. */
    public void markFailed(long orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        order.failed();
        products.release(order.getProductId(), order.getQuantity());
    }

    public OrderResponse get(long orderId, long userId) {
        return orders.find(orderId)
                .filter(order -> order.getOwnerId() == userId)
                .map(OrderResponse::of)
                .orElseThrow(() -> new OrderNotFoundException(orderId));
    }

    public List<OrderResponse> list(long userId) {
        return orders.ofOwner(userId).stream().map(OrderResponse::of).toList();
    }

    /**
     * Settles an order left PENDING (its placement never finished): PAID with the charge's transaction id when the
     * payment service made one, otherwise FAILED with the stock given back. Empty when the order is no longer
     * PENDING or another sweeper holds it. A failure to ask the payment service rolls back and leaves it PENDING.
     */
    public Optional<Order> settlePending(long orderId, LongFunction<Optional<String>> chargeOf) {
        Optional<Order> locked = orders.lockIfPending(orderId);
        locked.ifPresent(order -> chargeOf.apply(orderId).ifPresentOrElse(order::paid, () -> {
            order.failed();
            products.release(order.getProductId(), order.getQuantity());
        }));
        return locked;
    }

    /** PENDING orders older than the cut-off, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> pendingSince(OffsetDateTime cutOff, int limit) {
        return orders.pendingSince(cutOff, limit);
    }
}
