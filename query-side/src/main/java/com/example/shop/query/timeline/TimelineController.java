package com.example.shop.query.timeline;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.FindOrderQuery;
import com.example.shop.api.order.FindOrderTimelineQuery;
import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.api.order.OrderView;
import com.example.shop.platform.security.Caller;
import com.example.shop.platform.web.Problems;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The story of one order, for its customer or an admin. */
@RestController
class TimelineController {

    private final QueryGateway queries;

    TimelineController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/orders/{orderId}/timeline")
    ResponseEntity<?> timeline(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        Caller caller = Caller.of(token);
        OrderView order = queries.query(new FindOrderQuery(orderId), ResponseTypes.instanceOf(OrderView.class))
                .join();
        OrderTimelineView timeline = order == null || !caller.maySeeWhatBelongsTo(order.customerId())
                ? null
                : queries.query(new FindOrderTimelineQuery(orderId), ResponseTypes.instanceOf(OrderTimelineView.class))
                .join();
        return timeline != null ? ResponseEntity.ok(timeline) : ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.ORDER_NOT_FOUND, "no order with id " + orderId));
    }
}
