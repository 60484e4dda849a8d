package org.example.observable.web;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** One JSON-B configuration for the whole API: snake_case names, nulls left out, strict booleans, strings and whole numbers. */
@Provider
@Dependent
public class JsonbSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false)
            .withDeserializers(new StrictBooleanDeserializer(), new StrictStringDeserializer(),
                    new StrictWholeNumbers.LongDeserializer(), new StrictWholeNumbers.IntegerDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
