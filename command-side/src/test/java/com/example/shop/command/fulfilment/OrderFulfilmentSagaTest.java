package com.example.shop.command.fulfilment;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.CommitStockCommand;
import com.example.shop.api.inventory.InventoryId;
import com.example.shop.api.inventory.ReleaseStockCommand;
import com.example.shop.api.inventory.ReserveStockCommand;
import com.example.shop.api.inventory.ReturnStockCommand;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.order.ConfirmOrderCommand;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.RejectOrderCommand;
import org.axonframework.messaging.Message;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.CoreMatchers;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static com.example.shop.command.fulfilment.OrderFulfilmentSaga.TIMEOUT_DEADLINE;
import static com.example.shop.command.support.OrderFixtures.CUSTOMER_ID;
import static com.example.shop.command.support.OrderFixtures.LAMP;
import static com.example.shop.command.support.OrderFixtures.MUG;
import static com.example.shop.command.support.OrderFixtures.ORDER_ID;
import static com.example.shop.command.support.OrderFixtures.lamps;
import static com.example.shop.command.support.OrderFixtures.mugs;
import static com.example.shop.command.support.OrderFixtures.orderCancelled;
import static com.example.shop.command.support.OrderFixtures.orderConfirmed;
import static com.example.shop.command.support.OrderFixtures.orderPlaced;
import static com.example.shop.command.support.OrderFixtures.orderRejected;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class OrderFulfilmentSagaTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final Duration PAST_THE_TIMEOUT = Duration.ofMinutes(2);
    private static final String ORDER = ORDER_ID.toString();
    private static final String MUG_INVENTORY = InventoryId.of(MUG);
    private static final String LAMP_INVENTORY = InventoryId.of(LAMP);

    private SagaTestFixture<OrderFulfilmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderFulfilmentSaga.class);
        fixture.registerResource(new FulfilmentTimeout(TIMEOUT));
    }

    private static StockReservedEvent reserved(OrderLine line) {
        return new StockReservedEvent(line.productId(), ORDER_ID, line.quantity());
    }

    private static StockReservationRejectedEvent refused(OrderLine line, int available, ErrorCode reason) {
        return new StockReservationRejectedEvent(line.productId(), ORDER_ID, line.quantity(), available, reason);
    }

    private static ReleaseStockCommand release(OrderLine line) {
        return new ReleaseStockCommand(line.productId(), ORDER_ID);
    }

    private static Matcher<Object> sent(Object command) {
        return CoreMatchers.equalTo(command);
    }

    private static Matcher<Object> rejectOrder(ErrorCode reason, String... detailsMentioning) {
        return new CustomMatcher<>("RejectOrderCommand for " + ORDER_ID + " with reason " + reason
                + " and details mentioning " + Arrays.toString(detailsMentioning)) {
            @Override
            public boolean matches(Object item) {
                return item instanceof RejectOrderCommand command
                        && command.orderId().equals(ORDER_ID)
                        && command.reason() == reason
                        && Arrays.stream(detailsMentioning).allMatch(command.details()::contains);
            }
        };
    }

    /** Exactly these commands, in this order, and no more. */
    @SafeVarargs
    private static Matcher<List<Message<?>>> commands(Matcher<Object>... commands) {
        Matcher<Object>[] exactly = Arrays.copyOf(commands, commands.length + 1);
        exactly[commands.length] = andNoMore();
        return payloadsMatching(exactSequenceOf(exactly));
    }

    @Nested
    class WhenTheOrderIsPlaced {

        @Test
        void reservesTheFirstLineOnly() {
            fixture.givenNoPriorActivity()
                   .whenAggregate(ORDER).publishes(orderPlaced(mugs(2), lamps(1)))
                   .expectActiveSagas(1)
                   .expectAssociationWith("orderId", ORDER_ID)
                   .expectDispatchedCommands(new ReserveStockCommand(MUG, ORDER_ID, 2));
        }

        @Test
        void startsTheFulfilmentDeadline() {
            fixture.givenNoPriorActivity()
                   .whenAggregate(ORDER).publishes(orderPlaced(mugs(2), lamps(1)))
                   .expectScheduledDeadlineWithName(TIMEOUT, TIMEOUT_DEADLINE);
        }
    }

    @Nested
    class WhenStockIsReserved {

        @Test
        void reservesTheNextLineWhileLinesAreLeft() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .whenAggregate(MUG_INVENTORY).publishes(reserved(mugs(2)))
                   .expectDispatchedCommands(new ReserveStockCommand(LAMP, ORDER_ID, 1));
        }

        @Test
        void confirmsTheOrderOnceEveryLineIsReserved() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .whenAggregate(LAMP_INVENTORY).publishes(reserved(lamps(1)))
                   .expectActiveSagas(1)
                   .expectDispatchedCommands(new ConfirmOrderCommand(ORDER_ID));
        }

        @Test
        void releasesAReservationThatArrivesAfterTheOrderWasGivenUp() throws Exception {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenTimeElapses(PAST_THE_TIMEOUT)
                   .whenAggregate(MUG_INVENTORY).publishes(reserved(mugs(2)))
                   .expectDispatchedCommands(release(mugs(2)));
        }
    }

    @Nested
    class WhenAReservationIsRefused {

        @Test
        void releasesEveryLineAndRejectsTheOrderWithTheRefusalsReason() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(5)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .whenAggregate(LAMP_INVENTORY).publishes(refused(lamps(5), 1, ErrorCode.OUT_OF_STOCK))
                   .expectDispatchedCommandsMatching(commands(
                           sent(release(mugs(2))),
                           sent(release(lamps(5))),
                           rejectOrder(ErrorCode.OUT_OF_STOCK, "requested 5", "available 1")));
        }

        @Test
        void rejectsTheOrderAsDiscontinuedWhenTheProductWasDiscontinued() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2)))
                   .whenAggregate(MUG_INVENTORY).publishes(refused(mugs(2), 10, ErrorCode.PRODUCT_DISCONTINUED))
                   .expectDispatchedCommandsMatching(commands(
                           sent(release(mugs(2))),
                           rejectOrder(ErrorCode.PRODUCT_DISCONTINUED)));
        }

        @Test
        void ignoresARefusalAfterTheOrderWasGivenUp() throws Exception {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2)))
                   .andThenTimeElapses(PAST_THE_TIMEOUT)
                   .whenAggregate(MUG_INVENTORY).publishes(refused(mugs(2), 1, ErrorCode.OUT_OF_STOCK))
                   .expectNoDispatchedCommands();
        }
    }

    @Nested
    class WhenTheDeadlinePasses {

        @Test
        void releasesEveryLineAndRejectsTheOrderWithTimeoutWhileReserving() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .whenTimeElapses(PAST_THE_TIMEOUT)
                   .expectTriggeredDeadlinesWithName(TIMEOUT_DEADLINE)
                   .expectDispatchedCommandsMatching(commands(
                           sent(release(mugs(2))),
                           sent(release(lamps(1))),
                           rejectOrder(ErrorCode.TIMEOUT)));
        }

        /** The reservation may be stored before the saga has handled it; releasing every line covers it. */
        @Test
        void alsoReleasesALineWhoseReservationTheSagaHasNotSeenYet() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2)))
                   .whenTimeElapses(PAST_THE_TIMEOUT)
                   .expectDispatchedCommandsMatching(commands(
                           sent(release(mugs(2))),
                           rejectOrder(ErrorCode.TIMEOUT)));
        }

        @Test
        void doesNothingOnceTheOrderIsBeingConfirmed() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .whenTimeElapses(PAST_THE_TIMEOUT)
                   .expectTriggeredDeadlinesWithName(TIMEOUT_DEADLINE)
                   .expectNoDispatchedCommands();
        }
    }

    @Nested
    class WhenTheOrderIsConfirmed {

        @Test
        void commitsEveryLineAndEnds() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .andThenAggregate(LAMP_INVENTORY).published(reserved(lamps(1)))
                   .whenAggregate(ORDER).publishes(orderConfirmed(mugs(2), lamps(1)))
                   .expectDispatchedCommands(new CommitStockCommand(MUG, ORDER_ID),
                           new CommitStockCommand(LAMP, ORDER_ID))
                   .expectActiveSagas(0)
                   .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class WhenTheOrderIsRejected {

        @Test
        void ends() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2)))
                   .andThenAggregate(MUG_INVENTORY).published(refused(mugs(2), 1, ErrorCode.OUT_OF_STOCK))
                   .whenAggregate(ORDER).publishes(orderRejected(ErrorCode.OUT_OF_STOCK, "no mugs left", mugs(2)))
                   .expectNoDispatchedCommands()
                   .expectActiveSagas(0)
                   .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class WhenTheOrderIsCancelled {

        @Test
        void releasesEveryLineOfAPendingOrderAndEnds() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .whenAggregate(ORDER).publishes(orderCancelled(OrderStatus.PENDING, CUSTOMER_ID, mugs(2), lamps(1)))
                   .expectDispatchedCommands(release(mugs(2)), release(lamps(1)))
                   .expectActiveSagas(0)
                   .expectNoScheduledDeadlines();
        }

        @Test
        void returnsEveryLineOfAConfirmedOrderInAFreshInstanceAndEnds() {
            fixture.givenAggregate(ORDER).published(orderPlaced(mugs(2), lamps(1)))
                   .andThenAggregate(MUG_INVENTORY).published(reserved(mugs(2)))
                   .andThenAggregate(LAMP_INVENTORY).published(reserved(lamps(1)))
                   .andThenAggregate(ORDER).published(orderConfirmed(mugs(2), lamps(1)))
                   .whenAggregate(ORDER).publishes(
                           orderCancelled(OrderStatus.CONFIRMED, CUSTOMER_ID, mugs(2), lamps(1)))
                   .expectDispatchedCommands(new ReturnStockCommand(MUG, ORDER_ID, 2),
                           new ReturnStockCommand(LAMP, ORDER_ID, 1))
                   .expectActiveSagas(0)
                   .expectNoScheduledDeadlines();
        }
    }
}
