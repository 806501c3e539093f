package com.example.shop.query.timeline;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.FindOrderTimelineQuery;
import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.query.visibility.VisibleOrders;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = ApiTags.ORDERS)
@RestController
class TimelineController {

    private final QueryGateway queries;
    private final VisibleOrders visible;

    TimelineController(QueryGateway queries, VisibleOrders visible) {
        this.queries = queries;
        this.visible = visible;
    }

    @Operation(operationId = "getOrderTimeline", summary = "An order's story, step by step",
            description = "Every step of the order's saga in the order it happened: placed, each line's stock "
                    + "reserved or refused, confirmed or rejected, stock committed or released. A customer sees "
                    + "their own orders only.")
    @ApiResponse(responseCode = "200", description = "The order's steps, oldest first",
            content = @Content(schema = @Schema(implementation = OrderTimelineView.class)))
    @Refusals(ErrorCode.ORDER_NOT_FOUND)
    @GetMapping("/api/orders/{orderId}/timeline")
    ResponseEntity<?> timeline(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return visible.find(Caller.of(token), orderId)
                .map(order -> queries.query(new FindOrderTimelineQuery(orderId),
                        ResponseTypes.instanceOf(OrderTimelineView.class)).join())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> VisibleOrders.notFound(orderId));
    }
}
