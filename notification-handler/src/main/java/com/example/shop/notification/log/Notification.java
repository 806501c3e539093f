package com.example.shop.notification.log;

import com.example.shop.notification.mail.MailMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification of one order outcome, as stored in the {@code notifications} collection.
 *
 * @param id            {@code <orderId>:<outcome>}: derived from the event's content, so the same outcome always
 *                      maps to the same document, however often its event is delivered
 * @param messageId     the Message-ID header, the same on every attempt
 * @param attempts      how many times a sender has tried to hand it on (counted when claimed)
 * @param nextAttemptAt when it is due (PENDING)
 * @param leaseUntil    until when its current sender owns it (SENDING)
 * @param claim         the current sender's claim; updates after a send must name it, so a sender that lost
 *                      its lease cannot overwrite what another one did
 */
@Document("notifications")
public record Notification(@Id String id, String orderId, String customerId, OrderOutcome outcome, String channel,
                           MailMessage mail, String messageId, NotificationStatus status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant leaseUntil, String claim,
                           Instant completedAt, String lastError) {

    static final String EMAIL = "EMAIL";

    /** A new notification, due at once. */
    public static Notification pending(UUID orderId, UUID customerId, OrderOutcome outcome, MailMessage mail,
                                       Instant now) {
        return new Notification(idOf(orderId, outcome), orderId.toString(), customerId.toString(), outcome, EMAIL,
                mail, messageIdOf(orderId, outcome), NotificationStatus.PENDING, 0, now, now, null, null, null,
                null);
    }

    /** A notification that can never be sent, for example because the order carries no address. */
    public static Notification failed(UUID orderId, UUID customerId, OrderOutcome outcome, MailMessage mail,
                                      Instant now, String reason) {
        return new Notification(idOf(orderId, outcome), orderId.toString(), customerId.toString(), outcome, EMAIL,
                mail, messageIdOf(orderId, outcome), NotificationStatus.FAILED, 0, now, null, null, null, now,
                reason);
    }

    public static String idOf(UUID orderId, OrderOutcome outcome) {
        return orderId + ":" + outcome;
    }

    private static String messageIdOf(UUID orderId, OrderOutcome outcome) {
        return "<" + orderId + "." + outcome.name().toLowerCase() + "@notification-handler.shop>";
    }
}
