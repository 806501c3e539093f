package com.example.shop.notification.delivery;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.mail.OrderMails;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sender that stopped in the middle of sending leaves behind (a notification claimed, with a lease that
 * ran out) is taken over by the next sender, so nothing claimed before a crash is lost.
 */
class InterruptedSendingIT extends NotificationHandlerIT {

    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();

    @Test
    void aNotificationLeftClaimedByAStoppedSenderIsSentWhenItsLeaseRunsOut() {
        notifications.recordIfAbsent(leftBehindWhileSending(1));

        Notification sent = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void aNotificationWhoseLastAttemptWasCutOffIsFailedRatherThanTriedOnceMore() {
        notifications.recordIfAbsent(leftBehindWhileSending(6));

        Notification failed = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.FAILED);

        assertThat(failed.lastError()).contains("cut off");
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(Mailbox.to(smtp, customer.email())).isEmpty();
    }

    private Notification leftBehindWhileSending(int attempts) {
        Instant aMinuteAgo = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Notification recorded = Notification.pending(orderId, customer.id(), OrderOutcome.CONFIRMED,
                OrderMails.confirmed(confirmed(orderId, customer, mugs(1))), aMinuteAgo);
        return new Notification(recorded.id(), recorded.orderId(), recorded.customerId(), recorded.outcome(),
                recorded.channel(), recorded.mail(), recorded.messageId(), NotificationStatus.SENDING, attempts,
                aMinuteAgo, aMinuteAgo, aMinuteAgo.plusSeconds(1), "claim-of-a-stopped-sender", null, null);
    }
}
