package com.example.shop.reliability.crash;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pass: notification-handler killed with SIGKILL while it e-mails a burst of order outcomes, then restarted →
 * every order's e-mail arrives, none is lost, and none goes out twice as a different message: the only copy a
 * crash can cause (killed after the SMTP server took a mail, before it was marked sent) carries the same
 * Message-ID, so at most one such copy exists.
 */
@WholeSystemTest
class NotificationHandlerKilledMidBatchIT {

    private static final int ORDERS = 30;

    @Test
    void everyOutcomeIsMailedOnceAfterTheCrash() {
        ShopSystem system = ReliabilitySystem.get();
        Client admin = Client.admin(system.gateway());
        Client customer = Client.newCustomer(system.gateway());
        UUID mug = admin.createProduct("Mail Crash Mug", "2.00", ORDERS);
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(customer.order(List.of(line(mug, 1))));
        }

        await("the first e-mails are out").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> mailsTo(customer).size() >= 3);
        system.kill(Service.NOTIFICATION_HANDLER);
        int beforeTheCrash = mailsTo(customer).size();
        system.restart(Service.NOTIFICATION_HANDLER);

        await("every notification sent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> customer.get("/api/notifications?size=100").body().findValuesAsString("status")
                        .stream().filter("SENT"::equals).count() == ORDERS);
        List<MimeMessage> mails = mailsTo(customer);
        Map<String, List<String>> messageIdsBySubject = mails.stream().collect(Collectors.groupingBy(
                NotificationHandlerKilledMidBatchIT::subject,
                Collectors.mapping(NotificationHandlerKilledMidBatchIT::messageId, Collectors.toList())));
        Set<String> expectedSubjects = orders.stream()
                .map(order -> "Your order " + order.toString().substring(0, 8) + " is confirmed")
                .collect(Collectors.toSet());
        assertThat(beforeTheCrash).as("mails before the crash").isLessThan(ORDERS);
        assertThat(messageIdsBySubject.keySet()).as("one e-mail per order, none lost")
                .containsExactlyInAnyOrderElementsOf(expectedSubjects);
        assertThat(messageIdsBySubject.values()).as("copies only of the same message")
                .allSatisfy(ids -> assertThat(Set.copyOf(ids)).hasSize(1));
        assertThat(mails.size() - ORDERS).as("copies from the crash window").isBetween(0, 1);
    }

    private static List<MimeMessage> mailsTo(Client customer) {
        return List.of(ReliabilitySystem.mailbox().getReceivedMessagesForDomain(customer.email()));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
