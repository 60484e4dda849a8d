package org.example.observable.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record PaymentRequest(
        @NotNull(message = "is required") @Positive(message = "must be an order id") Long orderId,
        @NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals") BigDecimal amount,
        @NotBlank(message = "must not be blank") @Size(max = 32, message = "must be at most 32 characters") String paymentMethod) {
}
