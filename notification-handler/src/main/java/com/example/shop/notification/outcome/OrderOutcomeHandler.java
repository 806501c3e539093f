package com.example.shop.notification.outcome;

import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.mail.MailMessage;
import com.example.shop.notification.mail.OrderMails;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns each order outcome into one notification in the log, and does nothing else: no mail is sent from here.
 *
 * <h2>Why a customer gets exactly one e-mail per outcome</h2>
 * Events reach this handler at least once: a batch that fails is retried, and a restart between recording a
 * notification and storing the processor's token (PostgreSQL and MongoDB share no transaction) delivers the
 * same events again. So this handler is idempotent by construction:
 * <ul>
 *   <li>The notification's id is derived from the event, {@code <orderId>:<outcome>}, and it is stored with an
 *       insert that fails on an existing id. Every further delivery of the event finds the document of the
 *       first one and changes nothing, whether that one is still pending, sent or failed. An order has each
 *       outcome at most once (the Order aggregate guarantees it), so one id per outcome is one mail per outcome.
 *   <li>Sending happens later, from the log, and each notification is claimed by one sender at a time and
 *       marked SENT once the server took it (see {@code NotificationDelivery}).
 *   <li>This processor is never replayed. {@link DisallowReplay} makes Axon refuse a reset of its tokens
 *       ({@code resetTokens} fails, since no handler here supports one), and nothing in this service offers a
 *       replay. Its token is its own, in this service's schema: a replay that query-side runs to rebuild its read
 *       models moves only query-side's tokens, so it cannot bring these events back here. Even if the token
 *       table were lost, the deterministic ids would keep the events that come back from sending again.
 * </ul>
 */
@Component
@ProcessingGroup(OrderOutcomeHandler.PROCESSING_GROUP)
@DisallowReplay
class OrderOutcomeHandler {

    static final String PROCESSING_GROUP = "notifications";
    private static final Logger log = LoggerFactory.getLogger(OrderOutcomeHandler.class);

    private final NotificationLog notifications;
    private final Clock clock;

    OrderOutcomeHandler(NotificationLog notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventHandler
    void on(OrderConfirmedEvent event) {
        record(event.orderId(), event.customerId(), OrderOutcome.CONFIRMED, OrderMails.confirmed(event));
    }

    @EventHandler
    void on(OrderRejectedEvent event) {
        record(event.orderId(), event.customerId(), OrderOutcome.REJECTED, OrderMails.rejected(event));
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        record(event.orderId(), event.customerId(), OrderOutcome.CANCELLED, OrderMails.cancelled(event));
    }

    private void record(UUID orderId, UUID customerId, OrderOutcome outcome, MailMessage mail) {
        // MongoDB keeps milliseconds; cutting here keeps what is stored and what is compared the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Throwing would stop the processor on this event for good and hold up every later notification;
        // an order without an address is recorded as FAILED instead, where an admin can see it.
        Notification notification = mail.recipient() == null || mail.recipient().isBlank()
                ? Notification.failed(orderId, customerId, outcome, mail, now, "the order carries no e-mail address")
                : Notification.pending(orderId, customerId, outcome, mail, now);
        if (notifications.recordIfAbsent(notification)) {
            log.info("Order {} {}: notification {} recorded for {}", orderId, outcome, notification.id(),
                    mail.recipient());
        } else {
            log.info("Order {} {}: notification {} exists already (event delivered again), nothing to do",
                    orderId, outcome, notification.id());
        }
    }
}
