package com.example.shop.notification.delivery;

import com.example.shop.notification.log.Notification;
import com.example.shop.notification.log.NotificationLog;
import com.example.shop.notification.log.NotificationStatus;
import com.example.shop.notification.mail.MailBatch;
import com.example.shop.notification.mail.MailResult;
import com.example.shop.notification.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends what the log's outbox holds (in MongoDB, see {@code NotificationLog}): lists the due notifications, claims
 * them one at a time, hands each to the mailer and records how that went. The mails of one round go out in one
 * {@link MailBatch}.
 * <ul>
 *   <li><b>A mail server that is down</b> holds up nothing but mail: events keep being recorded, and each
 *       failed notification waits for its own next attempt, with a back-off that doubles up to a maximum. After
 *       the last allowed attempt it is FAILED. Claims are independent, so one notification that keeps failing
 *       never blocks the others.
 *   <li><b>A restart</b> loses nothing: everything not yet sent is in MongoDB, PENDING with its due time, or
 *       SENDING with a lease that runs out and lets the next sender take it over.
 *   <li><b>At most one sender</b> works on a notification: the claim is an atomic find-and-modify, and the
 *       outcome is written only while the sender's claim is still the current one.
 *   <li><b>The one duplicate an outbox cannot rule out</b>: the service stops after the SMTP server accepted a
 *       mail and before it was marked SENT. No protocol closes that gap, since the server and MongoDB share no
 *       transaction; the mail is sent again when its lease runs out. Graceful shutdown waits for a send in
 *       progress, which leaves only a crash (kill -9, power loss) in that window of milliseconds, and every
 *       attempt carries the same Message-ID, so a receiving server or mail client can recognise the copy.
 * </ul>
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    /**
     * Mails per round. A full round is followed by the next at once, not after the poll interval: pausing after
     * every hundred mails held a backlog of thousands to a hundred mails a second, whatever SMTP could take.
     */
    private static final int MAX_PER_ROUND = 100;

    private final NotificationLog notifications;
    private final Mailer mailer;
    private final DeliveryProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private volatile boolean stopping;

    NotificationDelivery(NotificationLog notifications, Mailer mailer, DeliveryProperties properties, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.properties = properties;
        this.backoff = new Backoff(properties.backoffInitial(), properties.backoffMax());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shop.notifications.delivery.poll-interval}", initialDelayString = "0s")
    void sendDue() {
        try {
            while (sendRound() == MAX_PER_ROUND && !stopping) {
                log.debug("A full round of notifications went out; more may be due");
            }
        } catch (RuntimeException e) {
            // MongoDB out of reach: nothing was claimed or nothing can be recorded; the next round tries again.
            log.warn("Cannot work through the notification log now: {}", e.toString());
        }
    }

    /** @return how many notifications were due at the round's start, up to {@link #MAX_PER_ROUND} */
    private int sendRound() {
        long abandoned = notifications.failAbandoned(now(), properties.maxAttempts());
        if (abandoned > 0) {
            log.warn("{} notification(s) FAILED: their last attempt was cut off by a stop", abandoned);
        }
        List<String> due = notifications.dueIds(now(), properties.maxAttempts(), MAX_PER_ROUND);
        try (MailBatch batch = mailer.batch()) {
            for (String id : due) {
                if (stopping) {
                    break;
                }
                // empty when another sender claimed it after it was listed
                notifications.claimIfDue(id, now(), properties.lease(), properties.maxAttempts())
                        .ifPresent(claimed -> deliver(batch, claimed));
            }
        }
        return due.size();
    }

    /**
     * On shutdown the mail in hand is finished and marked, and no further one is claimed: the scheduler waits
     * for the round in progress (spring.task.scheduling.shutdown), which ends after the mail in hand.
     */
    @EventListener(ContextClosedEvent.class)
    void stopAfterTheCurrentMail() {
        stopping = true;
    }

    private void deliver(MailBatch batch, Notification notification) {
        MailResult result;
        try {
            result = batch.send(notification.messageId(), notification.mail());
        } catch (RuntimeException e) {
            failedAttempt(notification, e);
            return;
        }
        notifications.completed(notification,
                result == MailResult.SENT ? NotificationStatus.SENT : NotificationStatus.LOGGED, now());
        log.info("Notification {} {} to {} (attempt {})", notification.id(), result, notification.mail().recipient(),
                notification.attempts());
    }

    private void failedAttempt(Notification notification, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (notification.attempts() >= properties.maxAttempts()) {
            notifications.failed(notification, now(), error);
            log.error("Notification {} to {} FAILED after {} attempts; last error: {}", notification.id(),
                    notification.mail().recipient(), notification.attempts(), error);
            return;
        }
        Instant next = now().plus(backoff.after(notification.attempts()));
        notifications.retryLater(notification, next, error);
        log.warn("Notification {} to {}: attempt {} of {} failed ({}); next attempt at {}", notification.id(),
                notification.mail().recipient(), notification.attempts(), properties.maxAttempts(), error, next);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
