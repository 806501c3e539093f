package com.example.shop.command.product;

import com.example.shop.api.common.Money;
import com.example.shop.api.product.CreateProductCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What command-side knows of each product outside its aggregate: the SKU it claimed, and the name and price
 * that order placement captures. Written only inside command transactions, so it never disagrees with the
 * events.
 */
@Component
public class ProductRegistry {

    /** A product as order placement sees it. */
    public record RegisteredProduct(UUID productId, String name, Money price, boolean discontinued) {
    }

    private final JdbcClient jdbc;

    ProductRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the command's SKU for its product. Under concurrent claims PostgreSQL makes the second wait for
     * the first to commit, so exactly one of them wins.
     *
     * @return false when another product holds the SKU
     */
    boolean claim(CreateProductCommand command) {
        return jdbc.sql("""
                        INSERT INTO product_registry (product_id, sku, name, price_amount, price_currency)
                        VALUES (:id, :sku, :name, :amount, :currency)
                        ON CONFLICT DO NOTHING""")
                .param("id", command.productId())
                .param("sku", command.sku())
                .param("name", command.name())
                .param("amount", command.price().amount())
                .param("currency", command.price().currency())
                .update() == 1;
    }

    void changeDetails(UUID productId, String name, Money price) {
        jdbc.sql("""
                        UPDATE product_registry SET name = :name, price_amount = :amount, price_currency = :currency
                        WHERE product_id = :id""")
                .param("id", productId)
                .param("name", name)
                .param("amount", price.amount())
                .param("currency", price.currency())
                .update();
    }

    void discontinue(UUID productId) {
        jdbc.sql("UPDATE product_registry SET discontinued = TRUE WHERE product_id = :id")
                .param("id", productId)
                .update();
    }

    public Optional<RegisteredProduct> find(UUID productId) {
        return jdbc.sql("""
                        SELECT product_id, name, price_amount, price_currency, discontinued
                        FROM product_registry WHERE product_id = :id""")
                .param("id", productId)
                .query((rs, row) -> new RegisteredProduct(
                        rs.getObject("product_id", UUID.class),
                        rs.getString("name"),
                        new Money(rs.getBigDecimal("price_amount"), rs.getString("price_currency").trim()),
                        rs.getBoolean("discontinued")))
                .optional();
    }
}
