package org.example.observable.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API under {@code /api} and its OpenAPI contract ({@code /openapi}): property names in snake_case as JSON-B
 * writes them ({@code mp.openapi.extensions.smallrye.property-naming-strategy}), every error a {@link Problem}
 * ({@link ErrorResponsesFilter}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Observable service API", version = "1.0",
                description = "Users, posts, votes, products and orders. Every JSON name is snake_case; every error is"
                        + " application/problem+json (RFC 9457). Any request may carry X-Tenant-ID"
                        + " (^[a-z0-9][a-z0-9-]{0,62}$, else 400)."),
        components = @Components(schemas = @Schema(name = ErrorResponsesFilter.PROBLEM_SCHEMA, implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The access_token of POST /api/login")
public class RestApplication extends Application {
}
