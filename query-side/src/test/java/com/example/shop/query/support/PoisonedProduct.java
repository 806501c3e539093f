package com.example.shop.query.support;

import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderScoped;
import com.example.shop.api.product.ProductScoped;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes every event handler fail on the events of orders for one chosen product, as a bug in the read models
 * would: the order's own events and the stock steps of its fulfilment. Off unless a test turns it on.
 * <p>
 * It wraps the handlers themselves, not the processors: a failure inside a handler is what a dead-letter queue
 * parks, and a retry of the parked events runs through the same handlers.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PoisonedProduct {

    private static volatile UUID poisoned;
    private static final Set<UUID> poisonedOrders = ConcurrentHashMap.newKeySet();

    /** From now on, every event of an order with a line for this product fails in every read model. */
    public static void poison(UUID productId) {
        poisonedOrders.clear();
        poisoned = productId;
    }

    /** The cause is fixed: handlers work again. */
    public static void cure() {
        poisoned = null;
    }

    @Bean
    HandlerEnhancerDefinition failOnPoisonedOrders() {
        return new HandlerEnhancerDefinition() {
            @Override
            public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
                return new WrappedMessageHandlingMember<>(original) {
                    @Override
                    public Object handle(Message<?> message, T target) throws Exception {
                        if (isPoisoned(message.getPayload())) {
                            throw new IllegalStateException("poisoned for the test: " + message.getPayload());
                        }
                        return super.handle(message, target);
                    }
                };
            }
        };
    }

    private static boolean isPoisoned(Object payload) {
        UUID product = poisoned;
        if (product == null) {
            return false;
        }
        // An order's first event names its products; the read models see it before the order's other events.
        if (payload instanceof OrderPlacedEvent placed
                && placed.lines().stream().map(OrderLine::productId).anyMatch(product::equals)) {
            poisonedOrders.add(placed.orderId());
        }
        boolean stockStepForProduct = payload instanceof ProductScoped fact && payload instanceof OrderScoped
                && product.equals(fact.productId());
        return stockStepForProduct || payload instanceof OrderScoped step && poisonedOrders.contains(step.orderId());
    }
}
