package com.example.shop.notification.outcome;

import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.support.EventFeed;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The same outcome arriving again, however it comes back, never reaches the customer a second time. */
@ExtendWith(OutputCaptureExtension.class)
class RedeliveryIT extends NotificationHandlerIT {

    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();
    @Autowired
    private OrderOutcomeHandler handler;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private DataSource dataSource;

    @Test
    void theSameEventHandledTwiceStillSendsOneMail() {
        OrderConfirmedEvent event = confirmed(orderId, customer, mugs(1));
        events.publish(orderId, 0, event);
        awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        handler.on(event);

        assertOnlyOneMailAfterTheNextRound();
    }

    @Test
    void aRedeliveryAfterARestartThatLostTheTokenStillSendsOneMail(CapturedOutput output) {
        events.publish(orderId, 0, confirmed(orderId, customer, mugs(1)));
        awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        rewindTheProcessorToJustBefore(globalIndexOf(orderId));

        // Proof that the processor really read the event a second time, rather than never coming back to it.
        String notificationId = Notification.idOf(orderId, OrderOutcome.CONFIRMED);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> output.getOut().contains("notification " + notificationId + " exists already"));
        assertOnlyOneMailAfterTheNextRound();
    }

    @Test
    void theProcessorRefusesToBeReset() {
        TrackingEventProcessor processor = events.processor();

        assertThat(processor.supportsReset()).isFalse();
        assertThatThrownBy(processor::resetTokens).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reset");
    }

    /**
     * Plays a stop after the notification was recorded but before the processor's token was stored: the token is
     * set back, so the processor reads the event once more after its restart.
     */
    private void rewindTheProcessorToJustBefore(long globalIndex) {
        TrackingEventProcessor processor = events.processor();
        processor.shutDown();
        try {
            transactions.executeInTransaction(() -> tokenStore.storeToken(
                    GapAwareTrackingToken.newInstance(globalIndex - 1, List.of()), EventFeed.PROCESSOR, 0));
        } finally {
            processor.start();
        }
    }

    private long globalIndexOf(UUID aggregateId) {
        return JdbcClient.create(dataSource)
                .sql("SELECT globalIndex FROM events.DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(aggregateId.toString())
                .query(Long.class).single();
    }

    /**
     * A marker order after the repeat: once its mail is out, the processor has passed the repeat and the sender
     * has worked through everything that was due before the marker.
     */
    private void assertOnlyOneMailAfterTheNextRound() {
        UUID marker = UUID.randomUUID();
        events.publish(marker, 0, confirmed(marker, Customer.fresh(), mugs(1)));
        awaitStatus(marker, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
        assertThat(notifications.find(Notification.idOf(orderId, OrderOutcome.CONFIRMED)).orElseThrow())
                .extracting(Notification::status, Notification::attempts)
                .containsExactly(NotificationStatus.SENT, 1);
    }
}
