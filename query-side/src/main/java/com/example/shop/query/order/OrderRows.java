package com.example.shop.query.order;

import com.example.shop.api.order.OrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

interface OrderRows extends JpaRepository<OrderRow, OrderRow.Key> {

    /** Newest first; customer and status narrow the list when given. */
    @Query("""
            SELECT o FROM OrderRow o
            WHERE o.generation = :generation
              AND (:customerId IS NULL OR o.customerId = :customerId)
              AND (:status IS NULL OR o.status = :status)
            ORDER BY o.createdAt DESC, o.orderId""")
    Page<OrderRow> find(@Param("generation") int generation, @Param("customerId") UUID customerId,
                        @Param("status") OrderStatus status, Pageable page);
}
