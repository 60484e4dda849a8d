package org.example.observable.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A new order. Payment methods are a closed list (they become metric attributes); {@code declined_card},
 * {@code fail_gateway} and {@code slow_gateway} are the payment service's test and demo methods.
 */
public record OrderRequest(
        @NotNull(message = "is required") @Positive(message = "must be a product id") Long productId,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000, message = "must be at most 1000") Integer quantity,
        @NotNull(message = "is required")
        @Pattern(regexp = "card|paypal|bank_transfer|declined_card|fail_gateway|slow_gateway",
                message = "must be one of card, paypal, bank_transfer (test methods: declined_card, fail_gateway, slow_gateway)")
        String paymentMethod,
        @NotNull(message = "is required")
        @Pattern(regexp = "[a-z][a-z_]{0,31}", message = "must be 1-32 lower-case letters or underscores, e.g. standard")
        String orderType) {
}
