package com.example.shop.query.catalog;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.FindProductQuery;
import com.example.shop.api.product.FindProductsQuery;
import com.example.shop.api.product.ProductPage;
import com.example.shop.api.product.ProductView;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Anyone may browse the catalog. A search text is plain text: MongoDB refuses a NUL in a pattern. */
@Tag(name = ApiTags.PRODUCTS)
@RestController
@RequestMapping("/api/products")
class CatalogController {

    private final QueryGateway queries;

    CatalogController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listProducts", summary = "Browse the catalog",
            description = "Products with their stock on hand, a page at a time; q finds products whose name, "
                    + "SKU or description contains it (case ignored). No token needed.")
    @ApiResponse(responseCode = "200", description = "One page of products")
    @GetMapping
    ProductPage list(@RequestParam(required = false) @Size(max = 200)
                     @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*",
                             message = "must not contain control characters") String q,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new FindProductsQuery(q, page, size), ResponseTypes.instanceOf(ProductPage.class))
                .join();
    }

    @Operation(operationId = "getProduct", summary = "One product of the catalog",
            description = "The product with its price, status and stock on hand. No token needed.")
    @ApiResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @Refusals(ErrorCode.PRODUCT_NOT_FOUND)
    @GetMapping("/{productId}")
    ResponseEntity<?> one(@PathVariable UUID productId) {
        ProductView product = queries.query(new FindProductQuery(productId),
                ResponseTypes.instanceOf(ProductView.class)).join();
        return product != null ? ResponseEntity.ok(product) : ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.PRODUCT_NOT_FOUND, "no product with id " + productId));
    }
}
