package com.example.shop.query.catalog;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.testsupport.EarlierRevisions;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog follows product and stock events written by the real command-side. */
class CatalogIT extends QuerySideIT {

    @Test
    void aNewProductAppearsWithItsPriceAndStock() {
        UUID productId = createProduct("Blue Mug", "12.50", 10);

        // The product's and its inventory's first events are projected one after the other, not atomically.
        JsonNode product = awaitAnswer("/api/products/" + productId, null, p -> p.get("availableStock").asInt() == 10);

        assertThat(product.get("name").asString()).isEqualTo("Blue Mug");
        assertThat(product.get("price").get("amount").asString()).isEqualTo("12.50");
        assertThat(product.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(product.get("availableStock").asInt()).isEqualTo(10);
        assertThat(product.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(product.get("sku").asString()).startsWith("SKU-");
    }

    @Test
    void stockAddedEventsOfTheEarlierRevisionAndTheCurrentOneBothCountInTheAvailableStock() {
        UUID productId = createProduct("Kettle", "40.00", 5);
        awaitAnswer("/api/products/" + productId, null, p -> p.get("availableStock").asInt() == 5);
        EarlierRevisions.appendStockAddedRevision1(productId, 1, 3);
        assertThat(commands.post("/api/products/" + productId + "/stock", admin,
                Map.of("quantity", 4, "reason", "STOCKTAKE")).status()).isEqualTo(204);

        JsonNode product = awaitAnswer("/api/products/" + productId, null, p -> p.get("availableStock").asInt() == 12);

        assertThat(product.get("availableStock").asInt()).isEqualTo(12);
    }

    @Test
    void availableStockFollowsOrdersAndRestocking() {
        UUID productId = createProduct("Teapot", "30.00", 5);
        placeOrder(TestTokens.user(UUID.randomUUID()), List.of(line(productId, 3)));
        commands.post("/api/products/" + productId + "/stock", admin, Map.of("quantity", 10));

        JsonNode product = awaitAnswer("/api/products/" + productId, null, p -> p.get("availableStock").asInt() == 12);

        assertThat(product.get("availableStock").asInt()).isEqualTo(12);
    }

    @Test
    void searchFindsProductsByWordsInTheirNameOrDescription() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        UUID match = createProduct("Lamp " + word, "20.00", 1);
        createProduct("Chair", "45.00", 1);

        JsonNode page = awaitAnswer("/api/products?q=" + word.toUpperCase() + "&size=5", null,
                p -> p.get("totalItems").asInt() == 1);

        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(match.toString());
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(5);
    }

    @Test
    void aDiscontinuedProductLeavesTheListButCanStillBeLookedUp() {
        String word = "disc" + UUID.randomUUID().toString().substring(0, 6);
        UUID productId = createProduct("Vase " + word, "9.00", 1);
        awaitAnswer("/api/products?q=" + word, null, p -> p.get("totalItems").asInt() == 1);

        commands.delete("/api/products/" + productId, admin);

        awaitAnswer("/api/products?q=" + word, null, p -> p.get("totalItems").asInt() == 0);
        JsonNode product = awaitAnswer("/api/products/" + productId, null,
                p -> p.get("status").asString().equals("DISCONTINUED"));
        assertThat(product.get("name").asString()).contains(word);
    }

    @Test
    void pagesAreBoundedAndBadPagingIsRefused() {
        ShopApi.Response tooBig = queries.send("GET", "/api/products?size=1000", null, null, Map.of());
        ShopApi.Response negative = queries.send("GET", "/api/products?page=-1", null, null, Map.of());
        ShopApi.Response unknown = queries.send("GET", "/api/products/" + UUID.randomUUID(), null, null, Map.of());

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");
    }
}
