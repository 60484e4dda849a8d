package org.example.observable.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.example.observable.payments.PaymentMethods;

/** A new order. Payment methods are the closed list of {@link PaymentMethods} (they become metric attributes). */
public record OrderRequest(
        @NotNull(message = "is required") @Positive(message = "must be a product id") Long productId,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000, message = "must be at most 1000") Integer quantity,
        @NotNull(message = "is required")
        @Pattern(regexp = PaymentMethods.ACCEPTED_PATTERN, message = PaymentMethods.ACCEPTED_MESSAGE)
        String paymentMethod,
        @NotNull(message = "is required")
        @Pattern(regexp = "[a-z][a-z_]{0,31}", message = "must be 1-32 lower-case letters or underscores, e.g. standard")
        String orderType) {
}
