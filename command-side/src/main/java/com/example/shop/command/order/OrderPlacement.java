package com.example.shop.command.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.PlaceOrderCommand;
import com.example.shop.command.AggregateAlreadyExists;
import com.example.shop.command.RequestCommands;
import com.example.shop.command.product.ProductRegistry;
import com.example.shop.command.product.ProductRegistry.RegisteredProduct;
import com.example.shop.web.security.Caller;
import com.example.shop.web.problem.UnprocessableRequest;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Places an order: prices each line from the catalog as it is now, and makes retries safe. With an
 * {@code Idempotency-Key} the order id is derived from the customer and the key, so a retry targets the same
 * order, and the event store, which refuses a second creation event for one id, decides which attempt wins.
 */
@Service
class OrderPlacement {

    /** A line as the customer asked for it. */
    record RequestedLine(UUID productId, int quantity) {
    }

    private final ProductRegistry products;
    private final RequestCommands commands;

    OrderPlacement(ProductRegistry products, RequestCommands commands) {
        this.products = products;
        this.commands = commands;
    }

    UUID place(Caller customer, List<RequestedLine> requested, Optional<String> idempotencyKey) {
        UUID orderId = idempotencyKey.map(key -> orderIdFor(customer, key)).orElseGet(UUID::randomUUID);
        List<OrderLine> lines = mergeByProduct(requested).entrySet().stream()
                .map(line -> priced(line.getKey(), line.getValue()))
                .toList();
        try {
            commands.sendAndWait(new PlaceOrderCommand(orderId, customer.id(), customer.email(), lines));
        } catch (AggregateAlreadyExists alreadyPlaced) {
            if (idempotencyKey.isEmpty()) {
                throw alreadyPlaced;
            }
        }
        return orderId;
    }

    private OrderLine priced(UUID productId, int quantity) {
        RegisteredProduct product = products.find(productId).orElseThrow(() ->
                new UnprocessableRequest(ErrorCode.PRODUCT_NOT_FOUND, "no product with id " + productId));
        if (product.discontinued()) {
            throw new UnprocessableRequest(ErrorCode.PRODUCT_DISCONTINUED,
                    "product " + productId + " was discontinued");
        }
        return new OrderLine(productId, product.name(), quantity, product.price());
    }

    /** Two lines for one product become one line, so each product is reserved once per order. */
    private static Map<UUID, Integer> mergeByProduct(List<RequestedLine> requested) {
        Map<UUID, Integer> merged = new LinkedHashMap<>();
        requested.forEach(line -> merged.merge(line.productId(), line.quantity(), Integer::sum));
        return merged;
    }

    private static UUID orderIdFor(Caller customer, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("order:" + customer.id() + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
    }
}
