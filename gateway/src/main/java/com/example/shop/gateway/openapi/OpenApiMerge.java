package com.example.shop.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a service's operations and schemas to the gateway's document. Paths are shared between services (GET
 * {@code /api/products} on query-side, POST on command-side), so operations are merged per method. Tags and
 * operation ids get the service's name, which keeps them apart and shows in Swagger UI who answers what.
 * Schemas of one name are the same record in every service (they come from shared-api), so the first one is kept.
 */
final class OpenApiMerge {

    private OpenApiMerge() {
    }

    static void merge(OpenAPI into, String service, OpenAPI from) {
        if (into.getPaths() == null) {
            into.setPaths(new Paths());
        }
        if (from.getPaths() != null) {
            from.getPaths().forEach((path, item) -> {
                PathItem target = into.getPaths().computeIfAbsent(path, p -> new PathItem());
                item.readOperationsMap().forEach((method, operation) ->
                        target.operation(method, labelled(service, operation)));
            });
        }
        if (from.getComponents() != null && from.getComponents().getSchemas() != null) {
            if (into.getComponents() == null) {
                into.setComponents(new Components());
            }
            from.getComponents().getSchemas().forEach((name, schema) -> into.getComponents().addSchemas(
                    name, into.getComponents().getSchemas() != null && into.getComponents().getSchemas()
                            .containsKey(name) ? into.getComponents().getSchemas().get(name) : schema));
        }
    }

    private static Operation labelled(String service, Operation operation) {
        List<String> tags = new ArrayList<>();
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            tags.add(service);
        } else {
            operation.getTags().forEach(tag -> tags.add(service + ": " + tag));
        }
        operation.setTags(tags);
        if (operation.getOperationId() != null && !operation.getOperationId().startsWith(service + "_")) {
            operation.setOperationId(service + "_" + operation.getOperationId());
        }
        return operation;
    }
}
