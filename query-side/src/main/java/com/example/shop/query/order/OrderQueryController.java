package com.example.shop.query.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.FindOrdersQuery;
import com.example.shop.api.order.OrderPage;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.api.order.OrderView;
import com.example.shop.query.visibility.VisibleOrders;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Customers read their own orders; admins read everybody's. Somebody else's order does not exist. */
@Tag(name = ApiTags.ORDERS)
@RestController
@RequestMapping("/api/orders")
class OrderQueryController {

    private final QueryGateway queries;
    private final VisibleOrders visible;

    OrderQueryController(QueryGateway queries, VisibleOrders visible) {
        this.queries = queries;
        this.visible = visible;
    }

    @Operation(operationId = "getOrder", summary = "One order",
            description = "The order with its lines, total and status, and the reason when it was REJECTED. "
                    + "A customer sees their own orders only: somebody else's is not found.")
    @ApiResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @Refusals(ErrorCode.ORDER_NOT_FOUND)
    @GetMapping("/{orderId}")
    ResponseEntity<?> one(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return visible.find(Caller.of(token), orderId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> VisibleOrders.notFound(orderId));
    }

    /** A customer always gets their own orders; only an admin may name another customer, or nobody for all. */
    @Operation(operationId = "listOrders", summary = "Orders, newest first",
            description = "A customer gets their own orders; an admin everybody's, or one customer's with "
                    + "customerId. status keeps the orders of one status.")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    @GetMapping
    OrderPage list(@AuthenticationPrincipal Jwt token,
                   @RequestParam(required = false) OrderStatus status,
                   @RequestParam(required = false) UUID customerId,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = Caller.of(token);
        UUID customer = caller.admin() ? customerId : caller.id();
        return queries.query(new FindOrdersQuery(customer, status, page, size),
                ResponseTypes.instanceOf(OrderPage.class)).join();
    }
}
