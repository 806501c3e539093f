package com.example.shop.command.inventory;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.AddStockCommand;
import com.example.shop.api.inventory.CloseInventoryCommand;
import com.example.shop.api.inventory.CommitStockCommand;
import com.example.shop.api.inventory.InventoryClosedEvent;
import com.example.shop.api.inventory.InventoryOpenedEvent;
import com.example.shop.api.inventory.ReleaseStockCommand;
import com.example.shop.api.inventory.ReserveStockCommand;
import com.example.shop.api.inventory.ReturnStockCommand;
import com.example.shop.api.inventory.StockAddedEvent;
import com.example.shop.api.inventory.StockAdditionReason;
import com.example.shop.api.inventory.StockCommittedEvent;
import com.example.shop.api.inventory.StockReleasedEvent;
import com.example.shop.api.inventory.StockReservationRejectedEvent;
import com.example.shop.api.inventory.StockReservedEvent;
import com.example.shop.api.inventory.StockReturnedEvent;
import com.example.shop.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

class InventoryTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OTHER_ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID THIRD_ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000b3");

    private AggregateTestFixture<Inventory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inventory.class);
    }

    private static InventoryOpenedEvent opened(int initialStock) {
        return new InventoryOpenedEvent(PRODUCT, initialStock);
    }

    private static StockReservedEvent reserved(UUID orderId, int quantity) {
        return new StockReservedEvent(PRODUCT, orderId, quantity);
    }

    private static StockCommittedEvent committed(UUID orderId, int quantity) {
        return new StockCommittedEvent(PRODUCT, orderId, quantity);
    }

    private static StockReturnedEvent returned(UUID orderId, int quantity) {
        return new StockReturnedEvent(PRODUCT, orderId, quantity);
    }

    private static StockReservationRejectedEvent outOfStock(UUID orderId, int requested, int available) {
        return new StockReservationRejectedEvent(PRODUCT, orderId, requested, available, ErrorCode.OUT_OF_STOCK);
    }

    private static ReserveStockCommand reserve(UUID orderId, int quantity) {
        return new ReserveStockCommand(PRODUCT, orderId, quantity);
    }

    @Nested
    class Open {

        @Test
        void opensWithItsInitialStock() {
            fixture.givenNoPriorActivity()
                   .whenConstructing(() -> Inventory.open(PRODUCT, 5))
                   .expectEvents(opened(5));
        }
    }

    @Nested
    class AddStock {

        @Test
        void addsAPositiveQuantityWithItsReason() {
            fixture.given(opened(5))
                   .when(new AddStockCommand(PRODUCT, 3, StockAdditionReason.STOCKTAKE))
                   .expectEvents(new StockAddedEvent(PRODUCT, 3, StockAdditionReason.STOCKTAKE));
        }

        @Test
        void recordsADeliveryWhenNoReasonIsGiven() {
            fixture.given(opened(5))
                   .when(new AddStockCommand(PRODUCT, 3, null))
                   .expectEvents(new StockAddedEvent(PRODUCT, 3, StockAdditionReason.DELIVERY));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -3})
        void refusesAQuantityThatIsNotPositive(int quantity) {
            fixture.given(opened(5))
                   .when(new AddStockCommand(PRODUCT, quantity, StockAdditionReason.DELIVERY))
                   .expectNoEvents()
                   .expectException(Refusal.class)
                   .expectExceptionDetails(ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void makesAddedUnitsAvailable() {
            fixture.given(opened(0), new StockAddedEvent(PRODUCT, 4, StockAdditionReason.DELIVERY))
                   .when(reserve(ORDER, 4))
                   .expectEvents(reserved(ORDER, 4));
        }
    }

    @Nested
    class ReserveStock {

        @Test
        void reservesWhenEnoughStockIsAvailable() {
            fixture.given(opened(5))
                   .when(reserve(ORDER, 5))
                   .expectEvents(reserved(ORDER, 5));
        }

        @Test
        void rejectsReservationWhenStockIsInsufficient() {
            fixture.given(opened(5))
                   .when(reserve(ORDER, 6))
                   .expectEvents(outOfStock(ORDER, 6, 5));
        }

        @Test
        void countsUnitsHeldForOtherOrdersAsUnavailable() {
            fixture.given(opened(10), reserved(OTHER_ORDER, 7))
                   .when(reserve(ORDER, 4))
                   .expectEvents(outOfStock(ORDER, 4, 3));
        }

        @Test
        void reservesNothingMoreWhenTheOrderAlreadyHoldsStock() {
            fixture.given(opened(10), reserved(ORDER, 2))
                   .when(reserve(ORDER, 2))
                   .expectNoEvents();
        }

        @Test
        void rejectsReservationWithProductDiscontinuedWhenTheInventoryIsClosed() {
            fixture.given(opened(5), new InventoryClosedEvent(PRODUCT))
                   .when(reserve(ORDER, 1))
                   .expectEvents(new StockReservationRejectedEvent(PRODUCT, ORDER, 1, 5,
                           ErrorCode.PRODUCT_DISCONTINUED));
        }

        @Test
        void rejectsReservationOfZeroUnitsAsOutOfStock() {
            fixture.given(opened(5))
                   .when(reserve(ORDER, 0))
                   .expectEvents(outOfStock(ORDER, 0, 5));
        }
    }

    @Nested
    class AvailableStock {

        @Test
        void neverDropsBelowZero() {
            // Reserving through commands proves the reservations up to the stock succeed: had either been
            // refused, more than 0 would still be available.
            fixture.given(opened(5))
                   .andGivenCommands(reserve(ORDER, 2), reserve(OTHER_ORDER, 3))
                   .when(reserve(THIRD_ORDER, 1))
                   .expectEvents(outOfStock(THIRD_ORDER, 1, 0));
        }
    }

    @Nested
    class ReleaseStock {

        @Test
        void releasesTheQuantityHeldForTheOrder() {
            fixture.given(opened(5), reserved(ORDER, 3))
                   .when(new ReleaseStockCommand(PRODUCT, ORDER))
                   .expectEvents(new StockReleasedEvent(PRODUCT, ORDER, 3));
        }

        @Test
        void releasesNothingWhenNothingIsHeldForTheOrder() {
            fixture.given(opened(5), reserved(OTHER_ORDER, 3))
                   .when(new ReleaseStockCommand(PRODUCT, ORDER))
                   .expectNoEvents();
        }

        @Test
        void makesReleasedUnitsAvailableAgain() {
            fixture.given(opened(5), reserved(OTHER_ORDER, 3), new StockReleasedEvent(PRODUCT, OTHER_ORDER, 3))
                   .when(reserve(ORDER, 5))
                   .expectEvents(reserved(ORDER, 5));
        }
    }

    @Nested
    class CommitStock {

        @Test
        void commitsTheQuantityHeldForTheOrder() {
            fixture.given(opened(5), reserved(ORDER, 3))
                   .when(new CommitStockCommand(PRODUCT, ORDER))
                   .expectEvents(committed(ORDER, 3));
        }

        @Test
        void commitsNothingWhenNothingIsHeldForTheOrder() {
            fixture.given(opened(5), reserved(OTHER_ORDER, 3))
                   .when(new CommitStockCommand(PRODUCT, ORDER))
                   .expectNoEvents();
        }

        @Test
        void takesCommittedUnitsOffTheStockOnHand() {
            fixture.given(opened(10), reserved(OTHER_ORDER, 4))
                   .andGivenCommands(new CommitStockCommand(PRODUCT, OTHER_ORDER))
                   .when(reserve(ORDER, 7))
                   .expectEvents(outOfStock(ORDER, 7, 6));
        }

        @Test
        void commitsUnitsHeldBeforeTheInventoryWasClosed() {
            fixture.given(opened(5), reserved(ORDER, 2), new InventoryClosedEvent(PRODUCT))
                   .when(new CommitStockCommand(PRODUCT, ORDER))
                   .expectEvents(committed(ORDER, 2));
        }
    }

    @Nested
    class ReturnStock {

        @Test
        void returnsTheUnitsSoldToTheOrder() {
            fixture.given(opened(5), reserved(ORDER, 2), committed(ORDER, 2))
                   .when(new ReturnStockCommand(PRODUCT, ORDER, 2))
                   .expectEvents(returned(ORDER, 2));
        }

        @Test
        void returnsNothingASecondTimeForTheSameOrder() {
            fixture.given(opened(5), reserved(ORDER, 2), committed(ORDER, 2), returned(ORDER, 2))
                   .when(new ReturnStockCommand(PRODUCT, ORDER, 2))
                   .expectNoEvents();
        }

        @Test
        void returnsNothingForAQuantityThatIsNotPositive() {
            fixture.given(opened(5), reserved(ORDER, 2), committed(ORDER, 2))
                   .when(new ReturnStockCommand(PRODUCT, ORDER, 0))
                   .expectNoEvents();
        }

        @Test
        void makesReturnedUnitsAvailableAgain() {
            fixture.given(opened(5), reserved(OTHER_ORDER, 3), committed(OTHER_ORDER, 3), returned(OTHER_ORDER, 3))
                   .when(reserve(ORDER, 5))
                   .expectEvents(reserved(ORDER, 5));
        }
    }

    @Nested
    class CloseInventory {

        @Test
        void closesAnOpenInventory() {
            fixture.given(opened(5))
                   .when(new CloseInventoryCommand(PRODUCT))
                   .expectEvents(new InventoryClosedEvent(PRODUCT));
        }

        @Test
        void closesNothingASecondTime() {
            fixture.given(opened(5), new InventoryClosedEvent(PRODUCT))
                   .when(new CloseInventoryCommand(PRODUCT))
                   .expectNoEvents();
        }
    }
}
