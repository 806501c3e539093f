package com.example.shop.notification.outcome;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.support.Mailbox;
import com.example.shop.notification.support.NotificationHandlerIT;
import com.example.shop.notification.support.OrderEvents.Customer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.LAMP_NAME;
import static com.example.shop.notification.support.OrderEvents.MUG_NAME;
import static com.example.shop.notification.support.OrderEvents.cancelled;
import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.lamps;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static com.example.shop.notification.support.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Each outcome of an order reaches the customer as exactly one e-mail, through a real SMTP server. */
class OrderOutcomeMailIT extends NotificationHandlerIT {

    private final Customer customer = Customer.fresh();
    private final UUID orderId = UUID.randomUUID();

    @Test
    void aConfirmedOrderSendsExactlyOneMailToTheCustomer() throws Exception {
        events.publish(orderId, 0, confirmed(orderId, customer, mugs(2), lamps(1)));

        Notification sent = awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);

        List<MimeMessage> mails = Mailbox.to(smtp, customer.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Your order " + orderId.toString().substring(0, 8) + " is confirmed");
        assertThat(mail.getHeader("Message-ID")).containsExactly("<" + orderId + ".confirmed@notification-handler.shop>");
        assertThat(Mailbox.text(mail)).contains("2 x " + MUG_NAME, "1 x " + LAMP_NAME, "Total: 65.00 EUR");
        assertThat(Mailbox.html(mail)).contains(MUG_NAME, LAMP_NAME, "65.00 EUR");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.mail().recipient()).isEqualTo(customer.email());
    }

    @Test
    void aRejectedOrderTellsTheCustomerWhyInWords() throws Exception {
        events.publish(orderId, 0, rejected(orderId, customer, ErrorCode.OUT_OF_STOCK, mugs(3)));

        awaitStatus(orderId, OrderOutcome.REJECTED, NotificationStatus.SENT);

        MimeMessage mail = Mailbox.to(smtp, customer.email()).get(0);
        assertThat(mail.getSubject()).endsWith(" could not be fulfilled");
        assertThat(Mailbox.text(mail)).contains("because some items are out of stock", "Total: 37.50 EUR")
                .doesNotContain("OUT_OF_STOCK", "available 1");
    }

    @Test
    void aConfirmedOrderThatIsCancelledLaterGetsOneMailForEachOutcome() throws Exception {
        events.publish(orderId, 0, confirmed(orderId, customer, mugs(1)));
        events.publish(orderId, 1, cancelled(orderId, customer, OrderStatus.CONFIRMED, mugs(1)));

        awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
        awaitStatus(orderId, OrderOutcome.CANCELLED, NotificationStatus.SENT);

        assertThat(Mailbox.to(smtp, customer.email()))
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Your order " + orderId.toString().substring(0, 8) + " is confirmed",
                        "Your order " + orderId.toString().substring(0, 8) + " was cancelled");
    }

    @Test
    void anOrderWithoutAnAddressIsRecordedAsFailedAndHoldsUpNothing() {
        Customer noAddress = customer.withEmail(null);
        UUID next = UUID.randomUUID();

        events.publish(orderId, 0, confirmed(orderId, noAddress, mugs(1)));
        events.publish(next, 0, confirmed(next, customer, mugs(1)));

        assertThat(awaitStatus(orderId, OrderOutcome.CONFIRMED, NotificationStatus.FAILED).lastError())
                .contains("no e-mail address");
        awaitStatus(next, OrderOutcome.CONFIRMED, NotificationStatus.SENT);
        assertThat(Mailbox.to(smtp, customer.email())).hasSize(1);
    }
}
