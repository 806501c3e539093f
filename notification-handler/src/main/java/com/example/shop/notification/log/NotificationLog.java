package com.example.shop.notification.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every read and write of the notification log (collection {@code notifications}: every notification ever recorded,
 * which the API pages through) and of its outbox (the ones still to be sent, see {@link NotificationOutbox}). Each
 * change is one single-document operation (insert, conditional update, find-and-modify), which a real MongoDB and
 * the local mongo-java-server both do atomically; nothing here needs a transaction. Where a change touches both
 * collections, the order of the two writes is chosen so that a stop between them leaves nothing unsent and nothing
 * sent twice: the log is written before the outbox entry is removed, and a claim finds the log's final state first.
 */
@Component
public class NotificationLog implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationLog.class);
    private final MongoTemplate mongo;
    private final NotificationOutbox outbox;

    NotificationLog(MongoTemplate mongo) {
        this.mongo = mongo;
        this.outbox = new NotificationOutbox(mongo);
    }

    /**
     * The indexes the API's pages and the senders' due query need on a real MongoDB (mongo-java-server accepts them
     * and builds none; the unique {@code _id} it does enforce), then the outbox's catch-up with the log.
     */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Notification.class);
        indexes.createIndex(new Index().on("customerId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                .named("by_customer"));
        indexes.createIndex(new Index().on("orderId", Sort.Direction.ASC).named("by_order"));
        indexes.createIndex(new Index().on("createdAt", Sort.Direction.DESC).named("newest_first"));
        // the start's look for unfinished notifications, which must not read the whole log on a real MongoDB
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("by_status"));
        outbox.createIndexes();
        queueUnfinished();
    }

    /**
     * Puts every notification the log shows unfinished into the outbox unless it is there: those of a log written
     * before the outbox existed, and one recorded by a service that stopped between the two inserts.
     */
    private void queueUnfinished() {
        List<Notification> unfinished = mongo.find(
                new Query(where("status").in(NotificationStatus.PENDING, NotificationStatus.SENDING)),
                Notification.class);
        unfinished.forEach(outbox::addIfAbsent);
        if (!unfinished.isEmpty()) {
            log.info("{} unfinished notification(s) in the log; each is in the outbox", unfinished.size());
        }
    }

    /**
     * Stores the notification unless one with its id exists, and queues it for sending unless it is final. A
     * second delivery of the same event finds the first one's document and changes nothing, whatever state that
     * document has reached (it only queues it again if it is unfinished and, after a stop, missing from the outbox).
     *
     * @return whether it was new
     */
    public boolean recordIfAbsent(Notification notification) {
        Notification recorded;
        boolean isNew;
        try {
            mongo.insert(notification);
            recorded = notification;
            isNew = true;
        } catch (DuplicateKeyException alreadyRecorded) {
            recorded = mongo.findById(notification.id(), Notification.class);
            isNew = false;
        }
        if (recorded != null && !recorded.status().isFinal()) {
            outbox.addIfAbsent(recorded);
        }
        return isNew;
    }

    /** The notification as it stands: while unfinished, with the attempt in progress (the outbox's copy). */
    public Optional<Notification> find(String id) {
        Optional<Notification> recorded = Optional.ofNullable(mongo.findById(id, Notification.class));
        if (recorded.isPresent() && !recorded.get().status().isFinal()) {
            return outbox.find(id).or(() -> recorded);
        }
        return recorded;
    }

    /**
     * The ids of up to {@code limit} due notifications, longest due first: one query lists a round's worth, and
     * each is then claimed by its id.
     */
    public List<String> dueIds(Instant now, int maxAttempts, int limit) {
        return outbox.dueIds(now, maxAttempts, limit);
    }

    /**
     * Takes the notification if it is still due, and counts the attempt: another sender may have taken it since
     * it was listed. A PENDING one is due at its {@code nextAttemptAt}; a SENDING one whose lease ran out belonged
     * to a sender that stopped half-way, and is taken over. One atomic find-and-modify, so two senders never take
     * the same one. One the log shows final was finished by a sender that stopped before removing it from the
     * outbox (or was queued again by a redelivered event): it is removed, not sent again.
     */
    public Optional<Notification> claimIfDue(String id, Instant now, Duration lease, int maxAttempts) {
        Optional<Notification> claimed = outbox.claimIfDue(id, now, lease, maxAttempts);
        if (claimed.isPresent() && finalInLog(id)) {
            outbox.remove(id);
            return Optional.empty();
        }
        return claimed;
    }

    private boolean finalInLog(String id) {
        Notification recorded = mongo.findById(id, Notification.class);
        return recorded != null && recorded.status().isFinal();
    }

    /** Ends a claimed notification as SENT or LOGGED. */
    public boolean completed(Notification claimed, NotificationStatus status, Instant now) {
        return finish(claimed, new Update()
                .set("status", status)
                .set("completedAt", now)
                .unset("lastError"));
    }

    /** Puts a claimed notification back to wait until its next attempt is due. */
    public boolean retryLater(Notification claimed, Instant nextAttemptAt, String error) {
        boolean applied = outbox.updateClaimed(claimed, new Update()
                .set("status", NotificationStatus.PENDING)
                .set("nextAttemptAt", nextAttemptAt)
                .set("lastError", error)
                .unset("leaseUntil")
                .unset("claim"));
        if (!applied) {
            warnTakenOver(claimed);
            return false;
        }
        // for the API only: the outbox's copy is the one senders go by
        mongo.updateFirst(byId(claimed.id()), new Update()
                .set("attempts", claimed.attempts())
                .set("nextAttemptAt", nextAttemptAt)
                .set("lastError", error), Notification.class);
        return true;
    }

    /** Gives a claimed notification up for good. */
    public boolean failed(Notification claimed, Instant now, String error) {
        return finish(claimed, new Update()
                .set("status", NotificationStatus.FAILED)
                .set("completedAt", now)
                .set("lastError", error));
    }

    /**
     * Gives up the notifications whose last allowed attempt was cut off (the sender stopped while sending and its
     * lease ran out). Whether that attempt reached the customer is unknown; the error says so.
     */
    public long failAbandoned(Instant now, int maxAttempts) {
        List<Notification> abandoned = outbox.abandoned(now, maxAttempts);
        for (Notification notification : abandoned) {
            mongo.updateFirst(byId(notification.id()), new Update()
                    .set("status", NotificationStatus.FAILED)
                    .set("attempts", notification.attempts())
                    .set("completedAt", now)
                    .set("lastError", "the last attempt was cut off before it finished; it may or may not "
                            + "have reached the recipient"), Notification.class);
            outbox.remove(notification.id());
        }
        return abandoned.size();
    }

    /**
     * Records the final state in the log, while the sender's claim is still the current one, and then takes the
     * notification out of the outbox.
     */
    private boolean finish(Notification claimed, Update finalState) {
        if (!outbox.stillClaimed(claimed)) {
            warnTakenOver(claimed);
            return false;
        }
        mongo.updateFirst(byId(claimed.id()), finalState.set("attempts", claimed.attempts()), Notification.class);
        outbox.remove(claimed.id());
        return true;
    }

    private static void warnTakenOver(Notification claimed) {
        log.warn("Notification {} was taken over by another sender after its lease ran out; leaving it to that one",
                claimed.id());
    }

    private static Query byId(String id) {
        return new Query(where("_id").is(id));
    }

    /**
     * One page of the log, newest first.
     *
     * @param customerId only this customer's notifications; empty for all
     * @param orderId    only this order's notifications; empty for all
     */
    NotificationPage page(Optional<UUID> customerId, Optional<UUID> orderId, int page, int size) {
        Criteria criteria = new Criteria();
        customerId.ifPresent(id -> criteria.and("customerId").is(id.toString()));
        orderId.ifPresent(id -> criteria.and("orderId").is(id.toString()));
        long total = mongo.count(new Query(criteria), Notification.class);
        List<NotificationView> items = mongo.find(new Query(criteria)
                        .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                        .skip((long) page * size)
                        .limit(size), Notification.class)
                .stream().map(NotificationView::of).toList();
        return new NotificationPage(items, page, size, total);
    }
}
