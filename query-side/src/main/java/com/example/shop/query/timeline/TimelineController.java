package com.example.shop.query.timeline;

import com.example.shop.api.order.FindOrderTimelineQuery;
import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.query.visibility.VisibleOrders;
import com.example.shop.web.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
    private final VisibleOrders visible;

    TimelineController(QueryGateway queries, VisibleOrders visible) {
        this.queries = queries;
        this.visible = visible;
    }

    @GetMapping("/api/orders/{orderId}/timeline")
    ResponseEntity<?> timeline(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return visible.find(Caller.of(token), orderId)
                .map(order -> queries.query(new FindOrderTimelineQuery(orderId),
                        ResponseTypes.instanceOf(OrderTimelineView.class)).join())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> VisibleOrders.notFound(orderId));
    }
}
