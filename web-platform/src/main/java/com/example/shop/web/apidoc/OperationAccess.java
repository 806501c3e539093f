package com.example.shop.web.apidoc;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.security.ApiRoutes;
import com.example.shop.web.security.ApiRoutes.Route;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Set;

/**
 * Says of each operation who may call it, from the very rules the security chain enforces: {@code security: []}
 * for an open one, the bearer token and the roles it needs (with its 401, and its 403 unless every signed-in user
 * has one of them) for the others. There is no document-wide requirement, which would claim a token is needed to
 * log in.
 */
class OperationAccess implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    /** The roles of which a caller's token needs one, for tools (the description says it in words as well). */
    static final String ROLES = "x-roles";

    private final ApiRoutes routes;

    OperationAccess(ApiRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("The access token from POST /api/auth/login, as `Authorization: Bearer <token>`."));
        openApi.setSecurity(null);
        if (routes == null || openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                routes.routeOf(HttpMethod.valueOf(method.name()), path)
                        .ifPresent(route -> describe(operation, route))));
    }

    private static void describe(Operation operation, Route route) {
        if (route.open()) {
            operation.setSecurity(List.of());
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        operation.addExtension(ROLES, route.roles());
        ProblemResponses.add(operation, HttpStatus.UNAUTHORIZED, Set.of(ErrorCode.UNAUTHENTICATED));
        if (!route.forEverySignedInUser()) {
            ProblemResponses.add(operation, HttpStatus.FORBIDDEN, Set.of(ErrorCode.ACCESS_DENIED));
        }
        String access = route.roles().size() == 1
                ? "Needs a token with the role " + route.roles().get(0) + "."
                : "Needs a token with one of the roles " + String.join(", ", route.roles()) + ".";
        String description = operation.getDescription();
        if (description == null || !description.startsWith("Needs a token")) {
            operation.setDescription(description == null ? access : access + "\n\n" + description);
        }
    }
}
