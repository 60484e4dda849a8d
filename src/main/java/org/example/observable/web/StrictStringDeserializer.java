package org.example.observable.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Only JSON strings are strings, and none with U+0000: JSON-B's default reads {@code 123} or {@code true} as text,
 * and PostgreSQL text cannot hold U+0000, so such a value would fail in the database (500) instead of here (400).
 */
public class StrictStringDeserializer implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new JsonbException("Expected a string");
        }
        if (string.getString().indexOf('\0') >= 0) {
            throw new JsonbException("A string must not contain U+0000");
        }
        return string.getString();
    }
}
