package com.example.shop.notification.delivery;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that is away, or a mail that cannot be sent, delays nothing but that mail: it is retried with
 * back-off, reaches the customer once when it can, and is given up after a bounded number of attempts.
 */
class SmtpOutageIT extends NotificationHandlerIT {

    /** As configured for the tests in TestServices. */
    private static final int MAX_ATTEMPTS = 6;

    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();

    @Test
    void aMailWaitsWhileTheServerIsDownAndArrivesOnceWhenItIsBack() {
        smtp.stop();
        try {
            events.publish(orderId, 0, confirmed(orderId, customer, mugs(1)));

            Notification waiting = awaitNotification(orderId, OrderOutcome.CONFIRMED,
                    notification -> notification.attempts() >= 2 && notification.status() == NotificationStatus.PENDING);
            assertThat(waiting.lastError()).isNotBlank();
            assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());
        } finally {
            smtp.start();
        }

        Notification sent = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
        assertThat(sent.attempts()).isGreaterThan(1);
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterTheLastAttemptWhileOthersStillGoOut() {
        Customer unreachable = Customer.fresh().withEmail("not-an-address");
        UUID otherOrder = UUID.randomUUID();

        events.publish(orderId, 0, confirmed(orderId, unreachable, mugs(1)));
        awaitNotification(orderId, OrderOutcome.CONFIRMED, notification -> notification.attempts() >= 2);
        events.publish(otherOrder, 0, confirmed(otherOrder, customer, mugs(1)));

        Notification other = awaitStatus(otherOrder, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
        Notification givenUp = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.FAILED);

        assertThat(givenUp.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(givenUp.lastError()).contains("not-an-address");
        assertThat(other.completedAt()).as("the other mail went out while this one was still retried")
                .isBefore(givenUp.completedAt());
        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
    }
}
