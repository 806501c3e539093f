package com.example.shop.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;


/**
 * Adds a service's operations and schemas to the gateway's document. Paths are shared between services (GET
 * {@code /api/products} on query-side, POST on command-side), so operations are merged per method. Tags name
 * what a client does, not who answers, so they are kept; which service answers is said in {@code x-service}.
 * Operation ids are unique across services; one that is not would get the service's name in front. Where the
 * gateway answers a path and method itself (gathering every service's answer), its operation is kept. Schemas of one
 * name are the same record in every service (they come from shared-api), so the first one is kept.
 */
final class OpenApiMerge {

    /** The extension naming the service that answers an operation. */
    static final String SERVICE = "x-service";

    private OpenApiMerge() {
    }

    static void merge(OpenAPI into, String service, OpenAPI from) {
        if (into.getPaths() == null) {
            into.setPaths(new Paths());
        }
        if (from.getPaths() != null) {
            from.getPaths().forEach((path, item) -> {
                PathItem target = into.getPaths().computeIfAbsent(path, p -> new PathItem());
                item.readOperationsMap().forEach((method, operation) -> {
                    if (!answeredByTheGateway(target.readOperationsMap().get(method))) {
                        target.operation(method, labelled(into, service, operation));
                    }
                });
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

    /** The gateway's own operations carry no {@code x-service}; one of them stands for the services' (processors). */
    private static boolean answeredByTheGateway(Operation existing) {
        return existing != null && (existing.getExtensions() == null || !existing.getExtensions().containsKey(SERVICE));
    }

    private static Operation labelled(OpenAPI into, String service, Operation operation) {
        operation.addExtension(SERVICE, service);
        String id = operation.getOperationId();
        if (id != null && !id.startsWith(service + "_") && idTakenByAnother(into, id, service)) {
            operation.setOperationId(service + "_" + id);
        }
        return operation;
    }

    private static boolean idTakenByAnother(OpenAPI into, String id, String service) {
        return into.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .anyMatch(other -> id.equals(other.getOperationId()) && (other.getExtensions() == null
                        || !service.equals(other.getExtensions().get(SERVICE))));
    }
}
