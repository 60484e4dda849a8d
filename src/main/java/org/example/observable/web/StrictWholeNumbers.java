package org.example.observable.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Only JSON numbers that are whole and in range are {@code Long}s and {@code Integer}s: JSON-B's default wraps or
 * truncates the others ({@code -9223372036854775809} became a valid id, {@code 1e309} a stock, {@code 1.5} post 1).
 */
public final class StrictWholeNumbers {

    private StrictWholeNumbers() {
    }

    public static class LongDeserializer implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = wholeNumber(parser.getValue());
            return number == null ? null : exact(() -> number.longValueExact());
        }
    }

    public static class IntegerDeserializer implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = wholeNumber(parser.getValue());
            return number == null ? null : exact(() -> number.intValueExact());
        }
    }

    private static BigDecimal wholeNumber(JsonValue value) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw new JsonbException("Expected a whole number");
    }

    /** {@code *ValueExact} refuses fractions and values out of range, quickly also for exponents like 1e999999999. */
    private static <T> T exact(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (ArithmeticException e) {
            throw new JsonbException("Expected a whole number in range");
        }
    }
}
