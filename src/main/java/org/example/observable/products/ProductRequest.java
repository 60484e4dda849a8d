package org.example.observable.products;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record ProductRequest(
        @NotBlank(message = "must not be blank") @Size(max = 255, message = "must be at most 255 characters") String name,
        @NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be at least 0.01")
        // 9 digits: an order of 1000 at the highest price must still fit orders.amount, NUMERIC(14, 2).
        @Digits(integer = 9, fraction = 2, message = "must have at most 9 digits and 2 decimals") BigDecimal price,
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative")
        @Max(value = 1_000_000, message = "must be at most 1000000") Integer stock) {
}
