package com.example.shop.notification.mail;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.notification.support.EventFeed;
import com.example.shop.notification.support.OrderEvents.Customer;
import com.example.shop.notification.support.TestServices;
import com.example.shop.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Without a mail host the service still runs end to end, and writes each mail to its log instead. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LogOnlyModeIT {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private NotificationLog notifications;
    @Autowired
    private Mailer mailer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServices.register(registry, TestPostgres.newDatabase("notifications_log_only"), "notifications_log_only");
        registry.add("spring.mail.host", () -> "");
    }

    @Test
    void withoutAMailHostEachMailIsLoggedAndMarkedLoggedInsteadOfSent(CapturedOutput output) {
        EventFeed events = new EventFeed(context);
        events.awaitProcessorRunning();
        Customer customer = Customer.fresh();
        UUID orderId = UUID.randomUUID();

        events.publish(orderId, 0, confirmed(orderId, customer, mugs(1)));

        Notification logged = await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.find(Notification.idOf(orderId, OrderOutcome.CONFIRMED)).orElse(null),
                        notification -> notification != null && notification.status() == NotificationStatus.LOGGED);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(mailer).isInstanceOf(LogOnlyMailer.class);
        assertThat(output.getOut()).contains("No SMTP host is configured", "NOT sending",
                customer.email(), "Your order " + orderId.toString().substring(0, 8) + " is confirmed");
    }
}
