package com.example.shop.notification.delivery;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.OrderEvents.Customer;
import com.example.shop.notification.support.StandaloneNotificationHandler;
import com.example.shop.notification.support.TestServices;
import com.example.shop.testsupport.TestPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A notification that is still waiting for the mail server when the service stops is sent after its restart. */
class RestartIT {

    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();
    private final String notificationId = Notification.idOf(orderId, OrderOutcome.CONFIRMED);

    @Test
    void aMailThatWaitedForTheServerAcrossARestartArrivesOnce() {
        int smtpPort = TestServices.freePort();
        Map<String, String> properties = TestServices.properties(TestPostgres.newDatabase("notifications_restart"),
                "notifications_restart");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtpPort));

        try (StandaloneNotificationHandler beforeTheStop = StandaloneNotificationHandler.start(properties)) {
            beforeTheStop.events().awaitProcessorRunning();
            beforeTheStop.events().publish(orderId, 0, confirmed(orderId, customer, mugs(1)));
            awaitNotification(beforeTheStop.notifications(), notification -> notification.attempts() >= 1
                    && notification.status() == NotificationStatus.PENDING);
        }

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (StandaloneNotificationHandler afterTheRestart = StandaloneNotificationHandler.start(properties)) {
            Notification sent = awaitNotification(afterTheRestart.notifications(),
                    notification -> notification.status() == NotificationStatus.SENT);

            assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
            assertThat(sent.attempts()).isGreaterThan(1);
        } finally {
            smtp.stop();
        }
    }

    private Notification awaitNotification(NotificationLog notifications, Predicate<Notification> condition) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.find(notificationId).orElse(null),
                        notification -> notification != null && condition.test(notification));
    }
}
