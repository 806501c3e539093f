package com.example.shop.api.inventory;

import com.example.shop.api.product.ProductScoped;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Units were added to the stock on hand, and why.
 * <p>
 * Revision 2 added {@code reason}. Revision 1 (stored without a revision) knew only deliveries, since stock could
 * only be added by an admin receiving goods; an upcaster reads those as {@link StockAdditionReason#DELIVERY}.
 */
@Revision("2")
public record StockAddedEvent(UUID productId, int quantity, StockAdditionReason reason) implements ProductScoped {
}
