package com.example.shop.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergeTest {

    @Test
    void operationsOfOnePathFromTwoServicesEndUpSideBySide() {
        OpenAPI gateway = document("/api/users", new PathItem().get(operation("list", "account-controller")));

        OpenApiMerge.merge(gateway, "query-side",
                document("/api/products", new PathItem().get(operation("list", "catalog-controller"))));
        OpenApiMerge.merge(gateway, "command-side",
                document("/api/products", new PathItem().post(operation("create", "product-controller"))));

        PathItem products = gateway.getPaths().get("/api/products");
        assertThat(products.getGet().getExtensions()).containsEntry(OpenApiMerge.SERVICE, "query-side");
        assertThat(products.getPost().getExtensions()).containsEntry(OpenApiMerge.SERVICE, "command-side");
        assertThat(products.getPost().getTags()).containsExactly("product-controller");
        assertThat(products.getPost().getOperationId()).isEqualTo("create");
        assertThat(gateway.getPaths().get("/api/users").getGet().getOperationId()).isEqualTo("list");
        // the gateway's list and query-side's list would be one id: the second gets its service's name
        assertThat(products.getGet().getOperationId()).isEqualTo("query-side_list");
    }

    @Test
    void keepsTheFirstSchemaOfEachNameAndAddsTheOthers() {
        OpenAPI gateway = new OpenAPI().components(new Components().addSchemas("ProblemDetail", new StringSchema()));
        OpenAPI service = new OpenAPI().components(new Components()
                .addSchemas("ProblemDetail", new io.swagger.v3.oas.models.media.ObjectSchema())
                .addSchemas("ProductPage", new io.swagger.v3.oas.models.media.ObjectSchema()));

        OpenApiMerge.merge(gateway, "query-side", service);

        assertThat(gateway.getComponents().getSchemas().get("ProblemDetail")).isInstanceOf(StringSchema.class);
        assertThat(gateway.getComponents().getSchemas()).containsKey("ProductPage");
    }

    @Test
    void mergingTheSameServiceAgainChangesNothing() {
        OpenAPI gateway = new OpenAPI();
        OpenApiMerge.merge(gateway, "query-side",
                document("/api/orders", new PathItem().get(operation("list", "order-query-controller"))));
        OpenApiMerge.merge(gateway, "query-side",
                document("/api/orders", new PathItem().get(operation("list", "order-query-controller"))));

        assertThat(gateway.getPaths()).hasSize(1);
        assertThat(gateway.getPaths().get("/api/orders").getGet().getOperationId()).isEqualTo("list");
    }

    private static OpenAPI document(String path, PathItem item) {
        Paths paths = new Paths();
        paths.addPathItem(path, item);
        return new OpenAPI().paths(paths);
    }

    private static Operation operation(String id, String tag) {
        return new Operation().operationId(id).tags(List.of(tag));
    }
}
