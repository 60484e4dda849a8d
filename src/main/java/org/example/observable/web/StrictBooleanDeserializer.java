package org.example.observable.web;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Only JSON {@code true}/{@code false} are booleans: JSON-B's default reads any other string as false, which
 * would turn {@code "voted": "yes"} into taking a vote back.
 */
public class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("Expected true or false");
    }
}
