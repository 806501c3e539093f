package com.example.shop.query.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.OrderView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRowTest {

    private static final Instant PLACED = Instant.parse("2026-11-24T10:00:00Z");
    private final UUID customer = UUID.randomUUID();
    private final OrderRow row = new OrderRow(1, UUID.randomUUID(), customer,
            List.of(new OrderLine(UUID.randomUUID(), "Mug", 2, Money.of("3.00", "EUR"))), Money.of("6.00", "EUR"),
            PLACED, 0);

    @Test
    void aPlacedOrderIsPendingWithItsLinesAndTotal() {
        OrderView view = row.toView();

        assertThat(view.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(view.customerId()).isEqualTo(customer);
        assertThat(view.lines()).extracting(OrderLine::productName).containsExactly("Mug");
        assertThat(view.total()).isEqualTo(Money.of("6.00", "EUR"));
        assertThat(view.createdAt()).isEqualTo(PLACED).isEqualTo(view.updatedAt());
    }

    @Test
    void recognisesEventsItHasAppliedAlready() {
        row.changeStatus(OrderStatus.REJECTED, ErrorCode.OUT_OF_STOCK, PLACED.plusSeconds(1), 3);

        assertThat(row.hasApplied(2)).isTrue();
        assertThat(row.hasApplied(3)).isTrue();
        assertThat(row.hasApplied(4)).isFalse();
        assertThat(row.toView().rejectionReason()).isEqualTo(ErrorCode.OUT_OF_STOCK);
        assertThat(row.toView().updatedAt()).isEqualTo(PLACED.plusSeconds(1));
    }
}
