package com.example.shop.query.catalog;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.FindProductQuery;
import com.example.shop.api.product.FindProductsQuery;
import com.example.shop.api.product.ProductPage;
import com.example.shop.api.product.ProductView;
import com.example.shop.web.problem.Problems;
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
@RestController
@RequestMapping("/api/products")
class CatalogController {

    private final QueryGateway queries;

    CatalogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    ProductPage list(@RequestParam(required = false) @Size(max = 200)
                     @Pattern(regexp = "\\P{Cntrl}*", message = "must not contain control characters") String q,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new FindProductsQuery(q, page, size), ResponseTypes.instanceOf(ProductPage.class))
                .join();
    }

    @GetMapping("/{productId}")
    ResponseEntity<?> one(@PathVariable UUID productId) {
        ProductView product = queries.query(new FindProductQuery(productId),
                ResponseTypes.instanceOf(ProductView.class)).join();
        return product != null ? ResponseEntity.ok(product) : ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.PRODUCT_NOT_FOUND, "no product with id " + productId));
    }
}
