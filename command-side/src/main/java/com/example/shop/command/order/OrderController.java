package com.example.shop.command.order;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.CancelOrderCommand;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.command.RequestCommands;
import com.example.shop.command.order.OrderPlacement.RequestedLine;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers place and cancel orders; the outcome arrives later, through the order-fulfilment saga. */
@Tag(name = ApiTags.ORDERS)
@RestController
@RequestMapping("/api/orders")
class OrderController {

    record PlaceOrderRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid LineRequest> lines) {
    }

    record LineRequest(@NotNull UUID productId,
                       @NotNull @Min(1) @Max(Order.MAX_QUANTITY) Integer quantity) {
    }

    record AcceptedOrder(UUID id, OrderStatus status) {
    }

    private final OrderPlacement placement;
    private final RequestCommands commands;

    OrderController(OrderPlacement placement, RequestCommands commands) {
        this.placement = placement;
        this.commands = commands;
    }

    @Operation(operationId = "placeOrder", summary = "Place an order",
            description = "Accepts an order of one or more lines (each product once; lines of one product are "
                    + "merged) and answers at once with PENDING: stock is then reserved line by line, and the order "
                    + "ends CONFIRMED or REJECTED with a reason (GET /api/orders/{orderId}). With an "
                    + "Idempotency-Key, sending the same order again places it once and answers with the same id.")
    @ApiResponse(responseCode = "202", description = "The order was accepted and is PENDING",
            headers = @Header(name = "Location", description = "where to follow the order",
                    schema = @Schema(type = "string")))
    @Refusals(value = ErrorCode.CURRENCY_MISMATCH,
            unprocessable = {ErrorCode.PRODUCT_NOT_FOUND, ErrorCode.PRODUCT_DISCONTINUED})
    @PostMapping
    ResponseEntity<AcceptedOrder> place(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be printable ASCII without spaces") String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        List<RequestedLine> lines = request.lines().stream()
                .map(line -> new RequestedLine(line.productId(), line.quantity()))
                .toList();
        UUID orderId = placement.place(Caller.of(token), lines, Optional.ofNullable(idempotencyKey));
        return ResponseEntity.accepted()
                .location(URI.create("/api/orders/" + orderId))
                .body(new AcceptedOrder(orderId, OrderStatus.PENDING));
    }

    @Operation(operationId = "cancelOrder", summary = "Cancel an order",
            description = "Cancels a PENDING or CONFIRMED order of one's own (an admin: anyone's); its reserved "
                    + "stock is released. Somebody else's order is not found.")
    @ApiResponse(responseCode = "202", description = "The order is cancelled")
    @Refusals({ErrorCode.ORDER_NOT_FOUND, ErrorCode.ORDER_NOT_CANCELLABLE})
    @PostMapping("/{orderId}/cancel")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        Caller caller = Caller.of(token);
        commands.sendAndWait(new CancelOrderCommand(orderId, caller.id(), caller.admin()));
        return ResponseEntity.accepted().build();
    }

}
