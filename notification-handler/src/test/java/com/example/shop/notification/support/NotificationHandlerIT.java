package com.example.shop.notification.support;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.log.OrderOutcome;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestPostgres;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Base of the integration tests: the whole notification-handler on a random port against the real PostgreSQL
 * (events and token), a MongoDB-protocol server (the log) and GreenMail, a real SMTP server on a free port.
 * Every test uses customers and orders of its own, so tests never see each other's mails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class NotificationHandlerIT {

    private static final int SMTP_PORT = TestServices.freePort();

    /** Started before and stopped after each test class; a test may stop and start it to play an outage. */
    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    protected ShopApi api;
    protected EventFeed events;
    @Autowired
    protected NotificationLog notifications;
    @Autowired
    private ApplicationContext context;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServices.register(registry, TestPostgres.url(), "notifications_it");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void connect() {
        api = new ShopApi(port);
        events = new EventFeed(context);
        events.awaitProcessorRunning();
    }

    /** Waits until the notification of this outcome exists and satisfies the condition, and returns it. */
    protected Notification awaitNotification(UUID orderId, OrderOutcome outcome, Predicate<Notification> condition) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.find(Notification.idOf(orderId, outcome)).orElse(null),
                        notification -> notification != null && condition.test(notification));
    }

    protected Notification awaitStatus(UUID orderId, OrderOutcome outcome, NotificationStatus status) {
        return awaitNotification(orderId, outcome, notification -> notification.status() == status);
    }
}
