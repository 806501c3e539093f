package com.example.shop.query.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.OrderView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.Persistable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One order in one generation of the orders read model. */
@Entity
@Table(name = "order_view")
@IdClass(OrderRow.Key.class)
class OrderRow implements Persistable<OrderRow.Key> {

    record Key(int generation, UUID orderId) implements Serializable {
        Key() {
            this(0, null);
        }
    }

    @Embeddable
    static class Line {
        @Column(name = "product_id")
        UUID productId;
        @Column(name = "product_name")
        String productName;
        int quantity;
        @Column(name = "unit_price")
        BigDecimal unitPrice;
        String currency;

        protected Line() {
        }

        Line(OrderLine line) {
            productId = line.productId();
            productName = line.productName();
            quantity = line.quantity();
            unitPrice = line.unitPrice().amount();
            currency = line.unitPrice().currency();
        }

        OrderLine toView() {
            return new OrderLine(productId, productName, quantity, new Money(unitPrice, currency));
        }
    }

    /**
     * A row built from an OrderPlaced event is new: saving it must insert it straight away, not first look
     * for it (a merge), which would cost a round trip per order and break up JDBC batches during a rebuild.
     */
    @Transient
    private boolean isNew = true;

    @Id
    private int generation;
    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "customer_id")
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    private ErrorCode rejectionReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "last_sequence")
    private long lastSequence;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line_view", joinColumns = {
            @JoinColumn(name = "generation", referencedColumnName = "generation"),
            @JoinColumn(name = "order_id", referencedColumnName = "order_id")})
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<Line> lines = new ArrayList<>();

    protected OrderRow() {
    }

    OrderRow(int generation, UUID orderId, UUID customerId, List<OrderLine> lines, Money total, Instant placedAt,
             long sequence) {
        this.generation = generation;
        this.orderId = orderId;
        this.customerId = customerId;
        this.status = OrderStatus.PENDING;
        this.totalAmount = total.amount();
        this.currency = total.currency();
        this.createdAt = placedAt;
        this.updatedAt = placedAt;
        this.lastSequence = sequence;
        lines.forEach(line -> this.lines.add(new Line(line)));
    }

    /** Whether the event with this sequence number was applied already (a redelivery). */
    @Override
    public Key getId() {
        return new Key(generation, orderId);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void changeStatus(OrderStatus status, ErrorCode reason, Instant at, long sequence) {
        this.status = status;
        this.rejectionReason = reason;
        this.updatedAt = at;
        this.lastSequence = sequence;
    }

    UUID customerId() {
        return customerId;
    }

    OrderView toView() {
        return new OrderView(orderId, customerId, status, lines.stream().map(Line::toView).toList(),
                new Money(totalAmount, currency), rejectionReason, createdAt, updatedAt);
    }
}
