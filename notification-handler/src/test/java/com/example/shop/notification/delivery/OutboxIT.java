package com.example.shop.notification.delivery;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.mail.OrderMails;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The senders work from an outbox that holds only what is still to be sent, so that their queries cost the same
 * however many notifications the log has recorded; the log keeps the history.
 */
class OutboxIT extends NotificationHandlerIT {

    private static final String OUTBOX = "notification_outbox";
    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();
    private final String id = Notification.idOf(orderId, OrderOutcome.CONFIRMED);
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private NotificationLog log;

    @Test
    void aSentNotificationStaysInTheLogAndLeavesTheOutbox() {
        events.publish(orderId, 0, confirmed(orderId, customer, mugs(1)));

        Notification sent = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(inOutbox()).isFalse();
        assertThat(mongo.findById(id, Notification.class).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void anUnfinishedNotificationOfALogWrittenBeforeTheOutboxIsQueuedAtStartAndSent() {
        mongo.insert(pending());
        assertThat(inOutbox()).isFalse();

        log.afterPropertiesSet();

        awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
    }

    @Test
    void aNotificationFinishedByASenderThatStoppedBeforeRemovingItIsNotSentAgain() {
        Notification pending = pending();
        mongo.insert(withStatus(pending, NotificationStatus.SENT));
        mongo.insert(pending, OUTBOX);

        await().atMost(Duration.ofSeconds(20)).until(() -> !inOutbox());

        assertThat(Mailbox.to(smtp, customer.email())).isEmpty();
        assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    }

    private boolean inOutbox() {
        return mongo.findById(id, Notification.class, OUTBOX) != null;
    }

    private Notification pending() {
        return Notification.pending(orderId, customer.id(), OrderOutcome.CONFIRMED,
                OrderMails.confirmed(confirmed(orderId, customer, mugs(1))),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static Notification withStatus(Notification n, NotificationStatus status) {
        return new Notification(n.id(), n.orderId(), n.customerId(), n.outcome(), n.channel(), n.mail(), n.messageId(),
                status, 1, n.createdAt(), n.nextAttemptAt(), null, null, n.createdAt(), null);
    }
}
