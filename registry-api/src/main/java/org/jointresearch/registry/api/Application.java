package org.jointresearch.registry.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the registry: HTTP API, web pages, and the background indexer. */
@OpenAPIDefinition(info = @Info(
        title = "Joint Research Registry API",
        version = "v1",
        description = "Institutions, agreements, joint centres and teams, projects, people and exchange programmes "
                + "of cross-institution research partnerships, and search over them. Every error is an RFC 9457 "
                + "problem document (application/problem+json). Anyone may read; writing takes a bearer token "
                + "from POST /api/v1/auth/login."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
