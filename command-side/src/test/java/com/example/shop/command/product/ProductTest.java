package com.example.shop.command.product;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.DiscontinueProductCommand;
import com.example.shop.api.product.ProductDiscontinuedEvent;
import com.example.shop.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.example.shop.command.product.ProductFixtures.PRODUCT_ID;
import static com.example.shop.command.product.ProductFixtures.changeDetails;
import static com.example.shop.command.product.ProductFixtures.createProduct;
import static com.example.shop.command.product.ProductFixtures.detailsChanged;
import static com.example.shop.command.product.ProductFixtures.productCreated;

class ProductTest {

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    @Nested
    class Create {

        @Test
        void joinsTheCatalogWithWhatTheCommandSays() {
            fixture.givenNoPriorActivity()
                   .whenConstructing(() -> new Product(createProduct(5)))
                   .expectEvents(productCreated());
        }
    }

    @Nested
    class ChangeDetails {

        @Test
        void changesTheDetailsOfAnActiveProduct() {
            fixture.given(productCreated())
                   .when(changeDetails())
                   .expectEvents(detailsChanged());
        }

        @Test
        void refusesToChangeADiscontinuedProduct() {
            fixture.given(productCreated(), new ProductDiscontinuedEvent(PRODUCT_ID))
                   .when(changeDetails())
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.PRODUCT_DISCONTINUED);
        }
    }

    @Nested
    class Discontinue {

        @Test
        void discontinuesAnActiveProduct() {
            fixture.given(productCreated())
                   .when(new DiscontinueProductCommand(PRODUCT_ID))
                   .expectEvents(new ProductDiscontinuedEvent(PRODUCT_ID));
        }

        @Test
        void discontinuesNothingASecondTime() {
            fixture.given(productCreated(), new ProductDiscontinuedEvent(PRODUCT_ID))
                   .when(new DiscontinueProductCommand(PRODUCT_ID))
                   .expectNoEvents();
        }
    }
}
