package com.example.shop.query.timeline;

import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineNarratorTest {

    @Test
    void tellsAPlacedOrderWithEveryLineAndTheTotal() {
        List<OrderLine> lines = List.of(
                new OrderLine(UUID.randomUUID(), "Mug", 2, Money.of("4.5", "EUR")),
                new OrderLine(UUID.randomUUID(), "Lamp", 1, Money.of("20", "EUR")));

        assertThat(TimelineNarrator.placed(lines, Money.of("29", "EUR")))
                .isEqualTo("placed: 2 × Mug at 4.50 EUR, 1 × Lamp at 20.00 EUR; total 29.00 EUR");
    }

    @Test
    void tellsARefusedReservationWithWhatWasAskedAndWhatWasThere() {
        assertThat(TimelineNarrator.reservationRefused("Lamp", "OUT_OF_STOCK", 5, 3))
                .isEqualTo("could not reserve 5 of Lamp: OUT_OF_STOCK, requested 5, available 3");
    }

    @Test
    void tellsARejectionByItsDetailsOrElseItsReason() {
        assertThat(TimelineNarrator.rejected("TIMEOUT", "TIMEOUT: stock could not be reserved within PT1M"))
                .isEqualTo("rejected: TIMEOUT: stock could not be reserved within PT1M");
        assertThat(TimelineNarrator.rejected("TIMEOUT", null)).isEqualTo("rejected: TIMEOUT");
    }

    @Test
    void tellsStockMovementsInPlainWords() {
        assertThat(TimelineNarrator.reserved(2, "Mug")).isEqualTo("reserved 2 of Mug");
        assertThat(TimelineNarrator.released(2, "Mug")).isEqualTo("released 2 of Mug");
        assertThat(TimelineNarrator.sold(2, "Mug")).isEqualTo("sold 2 of Mug");
        assertThat(TimelineNarrator.returned(2, "Mug")).isEqualTo("returned 2 of Mug to stock");
        assertThat(TimelineNarrator.cancelled("CONFIRMED")).isEqualTo("cancelled while CONFIRMED");
    }
}
