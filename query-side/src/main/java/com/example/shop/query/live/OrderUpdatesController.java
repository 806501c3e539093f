package com.example.shop.query.live;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.query.visibility.VisibleOrders;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.problem.Problems;
import com.example.shop.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/** An order's changes as they happen, for the customer whose order it is or an admin. */
@Tag(name = ApiTags.ORDERS)
@RestController
class OrderUpdatesController {

    private final VisibleOrders visible;
    private final WatchedOrders watched;

    OrderUpdatesController(VisibleOrders visible, WatchedOrders watched) {
        this.visible = visible;
        this.watched = watched;
    }

    @Operation(operationId = "followOrder", summary = "An order's changes, as they happen",
            description = "A stream of Server-Sent Events: an `order` event with the order and its story at once, "
                    + "then another at each change (a new status, a new step). The stream ends once the order has "
                    + "ended and its last steps are in, or after a few minutes (then follow it again). A customer "
                    + "follows their own orders only.")
    @ApiResponse(responseCode = "200", description = "`order` events, each with the order and its story",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(implementation = OrderUpdate.class)))
    @Refusals({ErrorCode.ORDER_NOT_FOUND, ErrorCode.TOO_BUSY})
    @GetMapping("/api/orders/{orderId}/updates")
    SseEmitter follow(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return watched.watch(visible.find(Caller.of(token), orderId).orElseThrow(() -> new NotVisible(orderId)));
    }

    @ExceptionHandler(NotVisible.class)
    ResponseEntity<ProblemDetail> notVisible(NotVisible e) {
        return VisibleOrders.notFound(e.orderId);
    }

    @ExceptionHandler(WatchedOrders.TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooMany(WatchedOrders.TooManyStreams e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.TOO_BUSY, e.getMessage()));
    }

    private static final class NotVisible extends RuntimeException {
        private final UUID orderId;

        NotVisible(UUID orderId) {
            super(null, null, false, false);
            this.orderId = orderId;
        }
    }
}
