package com.example.shop.notification.log;

import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/** The notification log over HTTP: a customer reads their own notifications, an admin everyone's. */
@Tag(name = ApiTags.NOTIFICATIONS)
@RestController
@RequestMapping("/api/notifications")
@Validated
class NotificationController {

    private final NotificationLog notifications;

    NotificationController(NotificationLog notifications) {
        this.notifications = notifications;
    }

    /** Pages are capped so that no request makes MongoDB skip through more of the log than anyone reads. */
    @Operation(operationId = "listNotifications", summary = "E-mails sent about orders' outcomes",
            description = "A customer gets their own; an admin everybody's. orderId keeps one order's. Each "
                    + "notification says whether it was SENT, is still PENDING, or FAILED.")
    @ApiResponse(responseCode = "200", description = "One page of notifications, newest first")
    @GetMapping
    NotificationPage list(@AuthenticationPrincipal Jwt token,
                          @RequestParam(required = false) UUID orderId,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = Caller.of(token);
        // Ownership is a filter, not a check: another customer's notifications are simply not in the answer.
        Optional<UUID> customer = caller.admin() ? Optional.empty() : Optional.of(caller.id());
        return notifications.page(customer, Optional.ofNullable(orderId), page, size);
    }
}
