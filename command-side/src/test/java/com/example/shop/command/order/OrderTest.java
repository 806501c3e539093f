package com.example.shop.command.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.CancelOrderCommand;
import com.example.shop.api.order.ConfirmOrderCommand;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderPlacedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.RejectOrderCommand;
import com.example.shop.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.example.shop.command.support.OrderFixtures.ADMIN_ID;
import static com.example.shop.command.support.OrderFixtures.CUSTOMER_EMAIL;
import static com.example.shop.command.support.OrderFixtures.CUSTOMER_ID;
import static com.example.shop.command.support.OrderFixtures.LAMP;
import static com.example.shop.command.support.OrderFixtures.ORDER_ID;
import static com.example.shop.command.support.OrderFixtures.STRANGER_ID;
import static com.example.shop.command.support.OrderFixtures.eur;
import static com.example.shop.command.support.OrderFixtures.lamps;
import static com.example.shop.command.support.OrderFixtures.mugs;
import static com.example.shop.command.support.OrderFixtures.orderCancelled;
import static com.example.shop.command.support.OrderFixtures.orderConfirmed;
import static com.example.shop.command.support.OrderFixtures.orderPlaced;
import static com.example.shop.command.support.OrderFixtures.orderRejected;
import static com.example.shop.command.support.OrderFixtures.placeOrder;

class OrderTest {

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    private static OrderRejectedEvent outOfStock(OrderLine... lines) {
        return orderRejected(ErrorCode.OUT_OF_STOCK, "no lamps left", lines);
    }

    @Nested
    class PlaceOrder {

        @Test
        void placesTheOrderWithTheSumOfQuantityTimesUnitPriceAsItsTotal() {
            fixture.givenNoPriorActivity()
                   .when(placeOrder(mugs(3), lamps(2)))
                   .expectEvents(new OrderPlacedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL,
                           List.of(mugs(3), lamps(2)), eur("117.50")));
        }

        @Test
        void refusesAnOrderWithoutLines() {
            fixture.givenNoPriorActivity()
                   .when(placeOrder())
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.VALIDATION_FAILED);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1001})
        void refusesAQuantityOutsideOneToAThousand(int quantity) {
            fixture.givenNoPriorActivity()
                   .when(placeOrder(mugs(1), lamps(quantity)))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void acceptsAThousandUnitsOnALine() {
            fixture.givenNoPriorActivity()
                   .when(placeOrder(lamps(1000)))
                   .expectEvents(orderPlaced(lamps(1000)));
        }

        @Test
        void refusesTwoLinesForTheSameProduct() {
            fixture.givenNoPriorActivity()
                   .when(placeOrder(mugs(1), lamps(1), mugs(2)))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void refusesLinesPricedInDifferentCurrencies() {
            OrderLine lampInDollars = new OrderLine(LAMP, "Desk Lamp", 1, Money.of("45.00", "USD"));

            fixture.givenNoPriorActivity()
                   .when(placeOrder(mugs(1), lampInDollars))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.CURRENCY_MISMATCH);
        }
    }

    @Nested
    class ConfirmOrder {

        @Test
        void confirmsAPendingOrderWithItsCustomerLinesAndTotal() {
            fixture.given(orderPlaced(mugs(3), lamps(2)))
                   .when(new ConfirmOrderCommand(ORDER_ID))
                   .expectEvents(new OrderConfirmedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL,
                           List.of(mugs(3), lamps(2)), eur("117.50")));
        }

        @Test
        void confirmsNothingWhenAlreadyConfirmed() {
            fixture.given(orderPlaced(mugs(1)), orderConfirmed(mugs(1)))
                   .when(new ConfirmOrderCommand(ORDER_ID))
                   .expectNoEvents();
        }

        @Test
        void confirmsNothingWhenRejected() {
            fixture.given(orderPlaced(mugs(1)), outOfStock(mugs(1)))
                   .when(new ConfirmOrderCommand(ORDER_ID))
                   .expectNoEvents();
        }

        @Test
        void confirmsNothingWhenCancelled() {
            fixture.given(orderPlaced(mugs(1)), orderCancelled(OrderStatus.PENDING, CUSTOMER_ID, mugs(1)))
                   .when(new ConfirmOrderCommand(ORDER_ID))
                   .expectNoEvents();
        }
    }

    @Nested
    class RejectOrder {

        @Test
        void rejectsAPendingOrderWithReasonAndDetails() {
            fixture.given(orderPlaced(mugs(3), lamps(2)))
                   .when(new RejectOrderCommand(ORDER_ID, ErrorCode.OUT_OF_STOCK, "no lamps left"))
                   .expectEvents(new OrderRejectedEvent(ORDER_ID, CUSTOMER_ID, CUSTOMER_EMAIL,
                           List.of(mugs(3), lamps(2)), eur("117.50"), ErrorCode.OUT_OF_STOCK, "no lamps left"));
        }

        @Test
        void rejectsNothingWhenConfirmed() {
            fixture.given(orderPlaced(mugs(1)), orderConfirmed(mugs(1)))
                   .when(new RejectOrderCommand(ORDER_ID, ErrorCode.TIMEOUT, "too late"))
                   .expectNoEvents();
        }

        @Test
        void rejectsNothingWhenAlreadyRejected() {
            fixture.given(orderPlaced(mugs(1)), outOfStock(mugs(1)))
                   .when(new RejectOrderCommand(ORDER_ID, ErrorCode.TIMEOUT, "too late"))
                   .expectNoEvents();
        }

        @Test
        void rejectsNothingWhenCancelled() {
            fixture.given(orderPlaced(mugs(1)), orderCancelled(OrderStatus.PENDING, CUSTOMER_ID, mugs(1)))
                   .when(new RejectOrderCommand(ORDER_ID, ErrorCode.TIMEOUT, "too late"))
                   .expectNoEvents();
        }
    }

    @Nested
    class CancelOrder {

        @Test
        void cancelsAPendingOrderForItsCustomer() {
            fixture.given(orderPlaced(mugs(1), lamps(1)))
                   .when(new CancelOrderCommand(ORDER_ID, CUSTOMER_ID, false))
                   .expectEvents(orderCancelled(OrderStatus.PENDING, CUSTOMER_ID, mugs(1), lamps(1)));
        }

        @Test
        void cancelsAConfirmedOrderForItsCustomer() {
            fixture.given(orderPlaced(mugs(1), lamps(1)), orderConfirmed(mugs(1), lamps(1)))
                   .when(new CancelOrderCommand(ORDER_ID, CUSTOMER_ID, false))
                   .expectEvents(orderCancelled(OrderStatus.CONFIRMED, CUSTOMER_ID, mugs(1), lamps(1)));
        }

        @Test
        void cancelsSomebodyElsesOrderForAnAdmin() {
            fixture.given(orderPlaced(mugs(1)))
                   .when(new CancelOrderCommand(ORDER_ID, ADMIN_ID, true))
                   .expectEvents(orderCancelled(OrderStatus.PENDING, ADMIN_ID, mugs(1)));
        }

        @Test
        void tellsAnotherUserTheOrderDoesNotExist() {
            fixture.given(orderPlaced(mugs(1)))
                   .when(new CancelOrderCommand(ORDER_ID, STRANGER_ID, false))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.ORDER_NOT_FOUND);
        }

        @Test
        void tellsAnotherUserTheOrderDoesNotExistEvenWhenItCannotBeCancelled() {
            fixture.given(orderPlaced(mugs(1)), outOfStock(mugs(1)))
                   .when(new CancelOrderCommand(ORDER_ID, STRANGER_ID, false))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.ORDER_NOT_FOUND);
        }

        @Test
        void refusesToCancelARejectedOrder() {
            fixture.given(orderPlaced(mugs(1)), outOfStock(mugs(1)))
                   .when(new CancelOrderCommand(ORDER_ID, CUSTOMER_ID, false))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.ORDER_NOT_CANCELLABLE);
        }

        @Test
        void refusesToCancelACancelledOrder() {
            fixture.given(orderPlaced(mugs(1)), orderCancelled(OrderStatus.PENDING, CUSTOMER_ID, mugs(1)))
                   .when(new CancelOrderCommand(ORDER_ID, CUSTOMER_ID, false))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.ORDER_NOT_CANCELLABLE);
        }
    }
}
