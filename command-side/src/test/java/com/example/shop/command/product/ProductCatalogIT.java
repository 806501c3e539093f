package com.example.shop.command.product;

import com.example.shop.command.support.CommandSideIT;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins manage the catalog and its stock over HTTP; the rules hold under concurrency too. */
class ProductCatalogIT extends CommandSideIT {

    private final String customer = TestTokens.user(UUID.randomUUID());

    @Test
    void concurrentCreatesWithOneSkuLetExactlyOneProductExist() throws Exception {
        String sku = "RACE-" + UUID.randomUUID().toString().toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String spelling = i % 2 == 0 ? sku : sku.toLowerCase();
            creates.add(() -> api.post("/api/products", admin, productBody(spelling)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(creates)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses).filteredOn(status -> status != 201).hasSize(9).containsOnly(409);
        assertThat(events.count("SELECT count(*) FROM command_side.product_registry WHERE sku = '" + sku + "'"))
                .isEqualTo(1);
    }

    @Test
    void aTakenSkuIsRefusedWithConflictAndTheSkuTakenCode() {
        String sku = "TAKEN-" + UUID.randomUUID();
        api.post("/api/products", admin, productBody(sku));

        ShopApi.Response second = api.post("/api/products", admin, productBody(sku));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("SKU_TAKEN");
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void createdProductAnswersWithItsIdAndLocation() {
        ShopApi.Response created = api.post("/api/products", admin, productBody("LOC-" + UUID.randomUUID()));

        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/products/" + id);
        assertThat(events.typesOf(UUID.fromString(id))).containsExactly("ProductCreatedEvent");
        assertThat(events.inventoryTypesOf(UUID.fromString(id))).containsExactly("InventoryOpenedEvent");
    }

    @Test
    void changedPriceIsCapturedByTheNextOrder() {
        UUID productId = createProduct("10.00", 5);

        ShopApi.Response changed = api.put("/api/products/" + productId, admin, Map.of(
                "name", "Renamed", "description", "new", "price", Map.of("amount", "12.00", "currency", "EUR")));
        UUID orderId = placeOrder(customer, List.of(line(productId, 2)));

        assertThat(changed.status()).isEqualTo(204);
        var placed = events.of(orderId).get(0).payload();
        assertThat(placed.get("lines").get(0).get("unitPrice").get("amount").decimalValue())
                .isEqualByComparingTo("12.00");
        assertThat(placed.get("lines").get(0).get("productName").asString()).isEqualTo("Renamed");
        assertThat(placed.get("total").get("amount").decimalValue()).isEqualByComparingTo("24.00");
    }

    @Test
    void aDiscontinuedProductCannotBeOrderedOrChanged() {
        UUID productId = createProduct("10.00", 5);

        ShopApi.Response discontinued = api.delete("/api/products/" + productId, admin);
        ShopApi.Response order = api.post("/api/orders", customer, Map.of("lines", List.of(line(productId, 1))));
        ShopApi.Response change = api.put("/api/products/" + productId, admin, Map.of(
                "name", "Again", "price", Map.of("amount", "1.00", "currency", "EUR")));

        assertThat(discontinued.status()).isEqualTo(204);
        assertThat(order.status()).isEqualTo(422);
        assertThat(order.body().get("code").asString()).isEqualTo("PRODUCT_DISCONTINUED");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.body().get("code").asString()).isEqualTo("PRODUCT_DISCONTINUED");
        assertThat(events.inventoryTypesOf(productId)).contains("InventoryClosedEvent");
    }

    @Test
    void anUnknownProductCannotBeOrderedChangedOrRestocked() {
        UUID unknown = UUID.randomUUID();

        ShopApi.Response order = api.post("/api/orders", customer, Map.of("lines", List.of(line(unknown, 1))));
        ShopApi.Response change = api.put("/api/products/" + unknown, admin, Map.of(
                "name", "Ghost", "price", Map.of("amount", "1.00", "currency", "EUR")));
        ShopApi.Response restock = api.post("/api/products/" + unknown + "/stock", admin, Map.of("quantity", 3));
        ShopApi.Response discontinue = api.delete("/api/products/" + unknown, admin);

        assertThat(order.status()).isEqualTo(422);
        assertThat(order.body().get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(List.of(change.status(), restock.status(), discontinue.status())).containsOnly(404);
        assertThat(restock.body().get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(events.typesOf(unknown)).isEmpty();
    }

    @Test
    void addedStockCanBeOrdered() {
        UUID productId = createProduct("10.00", 0);

        ShopApi.Response restocked = api.post("/api/products/" + productId + "/stock", admin, Map.of("quantity", 4));
        UUID orderId = placeOrder(customer, List.of(line(productId, 4)));

        assertThat(restocked.status()).isEqualTo(204);
        assertThat(awaitOutcome(orderId).type()).isEqualTo("OrderConfirmedEvent");
    }

    private static Map<String, Object> productBody(String sku) {
        return Map.of("sku", sku, "name", "Teapot", "description", "Cast iron",
                "price", Map.of("amount", "25.00", "currency", "EUR"), "initialStock", 3);
    }
}
