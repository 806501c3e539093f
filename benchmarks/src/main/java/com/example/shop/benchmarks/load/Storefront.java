package com.example.shop.benchmarks.load;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop as the load sees it: products with stock enough for every order of the run, and logged-in customers.
 * Orders spread over many products, as a shop's do, so the load measures the system rather than one inventory's
 * lock.
 */
public final class Storefront {

    private final List<UUID> products;
    private final List<String> customerTokens;

    private Storefront(List<UUID> products, List<String> customerTokens) {
        this.products = List.copyOf(products);
        this.customerTokens = List.copyOf(customerTokens);
    }

    public static Storefront open(ShopApi gateway, Client admin, int productCount, int customerCount) {
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < productCount; i++) {
            products.add(admin.createProduct("Benchmark item " + i, "9.90", 1_000_000));
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            tokens.add(Client.newCustomer(gateway).token());
        }
        return new Storefront(products, tokens);
    }

    public List<UUID> products() {
        return products;
    }

    public List<String> customerTokens() {
        return customerTokens;
    }

    /** A one-line order of one unit of a random product by a random customer, sent to the given base address. */
    public PlannedOrder nextOrder(URI base) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = customerTokens.get(random.nextInt(customerTokens.size()));
        UUID product = products.get(random.nextInt(products.size()));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/orders"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":1}]}"))
                .build();
        return new PlannedOrder(request, token);
    }

    /** A request ready to send, and the customer's token to read the order back with. */
    public record PlannedOrder(HttpRequest request, String token) {
    }
}
