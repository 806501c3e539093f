package com.example.shop.command.product;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.InventoryOpenedEvent;
import com.example.shop.command.Refusal;
import com.example.shop.command.inventory.Inventory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.StubAggregateLifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.concurrent.Callable;

import static com.example.shop.command.product.ProductFixtures.PRODUCT_ID;
import static com.example.shop.command.product.ProductFixtures.createProduct;
import static com.example.shop.command.product.ProductFixtures.productCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ProductRegistrationTest {

    private ProductRegistry registry;
    private Repository<Product> products;
    private Repository<Inventory> inventories;
    private ProductRegistration registration;
    private final StubAggregateLifecycle lifecycle = new StubAggregateLifecycle();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        registry = mock(ProductRegistry.class);
        products = mock(Repository.class);
        inventories = mock(Repository.class);
        registration = new ProductRegistration(registry, products, inventories);
    }

    @AfterEach
    void tearDown() {
        lifecycle.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsTheProductAndOpensItsInventoryOnceTheSkuIsClaimed() throws Exception {
        when(registry.claim(createProduct(5))).thenReturn(true);

        registration.handle(createProduct(5));

        ArgumentCaptor<Callable<Product>> product = ArgumentCaptor.forClass(Callable.class);
        ArgumentCaptor<Callable<Inventory>> inventory = ArgumentCaptor.forClass(Callable.class);
        verify(products).newInstance(product.capture());
        verify(inventories).newInstance(inventory.capture());
        // The repositories would run these factories; a stub lifecycle records what they apply.
        lifecycle.activate();
        product.getValue().call();
        inventory.getValue().call();
        assertThat(lifecycle.getAppliedEventPayloads())
                .containsExactly(productCreated(), new InventoryOpenedEvent(PRODUCT_ID, 5));
    }

    @Test
    void refusesATakenSkuAndCreatesNothing() {
        when(registry.claim(createProduct(5))).thenReturn(false);

        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> registration.handle(createProduct(5)))
                .extracting(Refusal::code)
                .isEqualTo(ErrorCode.SKU_TAKEN);
        verifyNoInteractions(products, inventories);
    }

    @Test
    void refusesANegativeInitialStockBeforeClaimingTheSku() {
        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> registration.handle(createProduct(-1)))
                .extracting(Refusal::code)
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        verifyNoInteractions(registry, products, inventories);
    }
}
