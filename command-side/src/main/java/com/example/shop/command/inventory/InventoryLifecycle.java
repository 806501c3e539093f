package com.example.shop.command.inventory;

import com.example.shop.api.inventory.CloseInventoryCommand;
import com.example.shop.api.product.ProductDiscontinuedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Closes a product's inventory when the product is discontinued. It runs in a subscribing processor, in the
 * transaction that discontinues the product, so no reservation slips in between.
 */
@Component
@ProcessingGroup("inventory-lifecycle")
class InventoryLifecycle {

    private final CommandGateway commands;

    InventoryLifecycle(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event) {
        commands.sendAndWait(new CloseInventoryCommand(event.productId()));
    }
}
