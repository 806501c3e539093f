package com.example.shop.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the sender works through the log.
 *
 * @param pollInterval   pause between two looks for due notifications
 * @param lease          how long a claimed notification belongs to its sender; after a crash it is taken over
 * @param maxAttempts    attempts before a notification is FAILED
 * @param backoffInitial wait after the first failed attempt; doubles with each further one
 * @param backoffMax     longest wait between two attempts
 */
@ConfigurationProperties("shop.notifications.delivery")
record DeliveryProperties(Duration pollInterval, Duration lease, int maxAttempts, Duration backoffInitial,
                          Duration backoffMax) {

    DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("shop.notifications.delivery.max-attempts must be at least 1");
        }
    }
}
