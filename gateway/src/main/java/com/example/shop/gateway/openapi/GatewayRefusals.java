package com.example.shop.gateway.openapi;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.apidoc.ProblemResponses;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.Set;

/**
 * What the gateway itself may answer before or instead of a service: 413 for a body over its limit (any operation
 * that takes one) and 503 when the service behind a route cannot be reached (every routed operation).
 */
class GatewayRefusals implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                ProblemResponses.add(operation, HttpStatus.CONTENT_TOO_LARGE, Set.of(ErrorCode.REQUEST_TOO_LARGE));
            }
            if (operation.getExtensions() != null && operation.getExtensions().containsKey(OpenApiMerge.SERVICE)) {
                ProblemResponses.add(operation, HttpStatus.SERVICE_UNAVAILABLE, Set.of(ErrorCode.SERVICE_UNAVAILABLE));
            }
        }));
    }
}
