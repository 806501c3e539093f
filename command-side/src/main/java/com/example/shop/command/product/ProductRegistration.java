package com.example.shop.command.product;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.CreateProductCommand;
import com.example.shop.command.Refusal;
import com.example.shop.command.inventory.Inventory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a new product: claims its SKU, creates the product and opens its inventory, all in the unit of
 * work of one command. Either all three happen or none does, whichever way events are stored.
 */
@Component
class ProductRegistration {

    private final ProductRegistry registry;
    private final Repository<Product> products;
    private final Repository<Inventory> inventories;

    ProductRegistration(ProductRegistry registry, Repository<Product> products, Repository<Inventory> inventories) {
        this.registry = registry;
        this.products = products;
        this.inventories = inventories;
    }

    @CommandHandler
    void handle(CreateProductCommand command) throws Exception {
        if (command.initialStock() < 0) {
            throw new Refusal(ErrorCode.VALIDATION_FAILED, "initial stock must not be negative");
        }
        if (!registry.claim(command)) {
            throw new Refusal(ErrorCode.SKU_TAKEN, "SKU " + command.sku() + " is already taken");
        }
        products.newInstance(() -> new Product(command));
        inventories.newInstance(() -> Inventory.open(command.productId(), command.initialStock()));
    }
}
