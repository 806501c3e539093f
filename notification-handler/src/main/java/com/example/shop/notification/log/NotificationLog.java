package com.example.shop.notification.log;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
 * Every read and write of the {@code notifications} collection. Each change is one single-document operation
 * (insert, conditional update, find-and-modify), which a real MongoDB and the local mongo-java-server both do
 * atomically; nothing here needs a transaction.
 */
@Component
public class NotificationLog implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationLog.class);
    private final MongoTemplate mongo;

    NotificationLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The indexes the sender's claims and the API's pages need on a real MongoDB. mongo-java-server (local runs,
     * tests) accepts them and builds none, which is fine at its sizes; the unique {@code _id} it does enforce.
     */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Notification.class);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                .named("due"));
        indexes.createIndex(new Index().on("customerId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                .named("by_customer"));
        indexes.createIndex(new Index().on("orderId", Sort.Direction.ASC).named("by_order"));
        indexes.createIndex(new Index().on("createdAt", Sort.Direction.DESC).named("newest_first"));
    }

    /**
     * Stores the notification unless one with its id exists. A second delivery of the same event finds the first
     * one's document and changes nothing, whatever state that document has reached.
     *
     * @return whether it was new
     */
    public boolean recordIfAbsent(Notification notification) {
        try {
            mongo.insert(notification);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Notification.class));
    }

    /**
     * The ids of up to {@code limit} due notifications, longest due first: one query lists a round's worth, and
     * each is then claimed by its id. Claiming straight from the due query cost a search of the collection per
     * mail, which mongo-java-server (no secondary indexes) answers by scanning every notification ever recorded.
     */
    public List<String> dueIds(Instant now, int maxAttempts, int limit) {
        Query query = new Query(due(now, maxAttempts)).with(Sort.by(Sort.Direction.ASC, "nextAttemptAt")).limit(limit);
        query.fields().include("_id");
        // read as plain documents: a Notification cannot be made from its id alone
        return mongo.find(query, Document.class, mongo.getCollectionName(Notification.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }

    /**
     * Takes the notification if it is still due, and counts the attempt: another sender may have taken it since
     * it was listed. A PENDING one is due at its {@code nextAttemptAt}; a SENDING one whose lease ran out belonged
     * to a sender that stopped half-way, and is taken over. One atomic find-and-modify, so two senders never take
     * the same one.
     */
    public Optional<Notification> claimIfDue(String id, Instant now, Duration lease, int maxAttempts) {
        Update claim = new Update()
                .set("status", NotificationStatus.SENDING)
                .set("leaseUntil", now.plus(lease))
                .set("claim", UUID.randomUUID().toString())
                .inc("attempts", 1);
        Query stillDue = new Query(where("_id").is(id).andOperator(due(now, maxAttempts)));
        return Optional.ofNullable(mongo.findAndModify(stillDue, claim, FindAndModifyOptions.options().returnNew(true),
                Notification.class));
    }

    private static Criteria due(Instant now, int maxAttempts) {
        return new Criteria().andOperator(
                where("attempts").lt(maxAttempts),
                new Criteria().orOperator(
                        where("status").is(NotificationStatus.PENDING).and("nextAttemptAt").lte(now),
                        where("status").is(NotificationStatus.SENDING).and("leaseUntil").lte(now)));
    }

    /** Ends a claimed notification as SENT or LOGGED. */
    public boolean completed(Notification claimed, NotificationStatus status, Instant now) {
        return updateClaimed(claimed, new Update()
                .set("status", status)
                .set("completedAt", now)
                .unset("leaseUntil")
                .unset("claim")
                .unset("lastError"));
    }

    /** Puts a claimed notification back to wait until its next attempt is due. */
    public boolean retryLater(Notification claimed, Instant nextAttemptAt, String error) {
        return updateClaimed(claimed, new Update()
                .set("status", NotificationStatus.PENDING)
                .set("nextAttemptAt", nextAttemptAt)
                .set("lastError", error)
                .unset("leaseUntil")
                .unset("claim"));
    }

    /** Gives a claimed notification up for good. */
    public boolean failed(Notification claimed, Instant now, String error) {
        return updateClaimed(claimed, new Update()
                .set("status", NotificationStatus.FAILED)
                .set("completedAt", now)
                .set("lastError", error)
                .unset("leaseUntil")
                .unset("claim"));
    }

    /**
     * Gives up the notifications whose last allowed attempt was cut off (the sender stopped while sending and its
     * lease ran out). Whether that attempt reached the customer is unknown; the error says so.
     */
    public long failAbandoned(Instant now, int maxAttempts) {
        return mongo.updateMulti(
                new Query(where("status").is(NotificationStatus.SENDING).and("leaseUntil").lte(now)
                        .and("attempts").gte(maxAttempts)),
                new Update()
                        .set("status", NotificationStatus.FAILED)
                        .set("completedAt", now)
                        .set("lastError", "the last attempt was cut off before it finished; it may or may not "
                                + "have reached the recipient")
                        .unset("leaseUntil")
                        .unset("claim"),
                Notification.class).getModifiedCount();
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

    /** Applies the update only while the sender's claim is still the notification's current one. */
    private boolean updateClaimed(Notification claimed, Update update) {
        boolean applied = mongo.updateFirst(
                new Query(where("_id").is(claimed.id()).and("status").is(NotificationStatus.SENDING)
                        .and("claim").is(claimed.claim())),
                update, Notification.class).getMatchedCount() == 1;
        if (!applied) {
            log.warn("Notification {} was taken over by another sender after its lease ran out; leaving it to that "
                    + "one", claimed.id());
        }
        return applied;
    }
}
