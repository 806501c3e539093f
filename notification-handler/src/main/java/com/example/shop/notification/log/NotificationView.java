package com.example.shop.notification.log;

import java.time.Instant;

/** A notification as the API shows it: who was told what about which order, and how that went. */
record NotificationView(String id, String orderId, String customerId, String channel, String recipient,
                        String subject, NotificationStatus status, int attempts, Instant createdAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.orderId(), notification.customerId(),
                notification.channel(), notification.mail().recipient(), notification.mail().subject(),
                // Which sender holds it is an inside matter; to a reader it is still waiting to go out.
                notification.status() == NotificationStatus.SENDING ? NotificationStatus.PENDING
                        : notification.status(),
                notification.attempts(), notification.createdAt());
    }
}
