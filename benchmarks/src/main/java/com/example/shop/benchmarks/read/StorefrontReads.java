package com.example.shop.benchmarks.read;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The reads a storefront serves, each a request that can be sent to the gateway or straight to query-side (the
 * paths are the same): the catalog anonymously, a customer's own orders with their token.
 */
public final class StorefrontReads {

    /** One kind of read: its name in the report, and the next request of that kind for a base address. */
    public record Read(String name, Function<URI, HttpRequest> next) {
    }

    private StorefrontReads() {
    }

    /**
     * @param products    products to read by id
     * @param searchTerms search texts, each matching a few products of a large catalog
     * @param ordersByToken every customer's token with the ids of orders they placed
     */
    public static List<Read> of(List<UUID> products, List<String> searchTerms, Map<String, List<UUID>> ordersByToken) {
        List<Map.Entry<String, List<UUID>>> customers = ordersByToken.entrySet().stream()
                .filter(customer -> !customer.getValue().isEmpty()).toList();
        return List.of(
                new Read("product by id", base -> get(base, "/api/products/" + pick(products), null)),
                new Read("catalog first page", base -> get(base, "/api/products?page=0&size=20", null)),
                new Read("catalog search", base -> get(base, "/api/products?q=" + pick(searchTerms) + "&size=20",
                        null)),
                new Read("own orders, first page", base -> {
                    Map.Entry<String, List<UUID>> customer = pick(customers);
                    return get(base, "/api/orders?page=0&size=20", customer.getKey());
                }),
                new Read("own order by id", base -> {
                    Map.Entry<String, List<UUID>> customer = pick(customers);
                    return get(base, "/api/orders/" + pick(customer.getValue()), customer.getKey());
                }));
    }

    private static HttpRequest get(URI base, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static <T> T pick(List<T> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }
}
