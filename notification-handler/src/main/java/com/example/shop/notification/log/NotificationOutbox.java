package com.example.shop.notification.log;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The notifications still to be sent, PENDING or SENDING, in a collection of their own: a copy of each from when it
 * is recorded until it reaches a final state, when it is removed. The senders' queries (what is due, claim it, is
 * my claim still current) run here, so their cost follows the work in hand, not the orders ever placed:
 * mongo-java-server (local runs, tests) uses an index only for a query on exactly its keys, and scanned the whole
 * log for every claim while the log was also the work queue.
 */
final class NotificationOutbox {

    static final String COLLECTION = "notification_outbox";
    private final MongoTemplate mongo;

    NotificationOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The index a real MongoDB answers the due query from. */
    void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).named("due"));
    }

    /** Adds the notification unless it is here already (then it is already being worked on). */
    void addIfAbsent(Notification notification) {
        try {
            mongo.insert(notification, COLLECTION);
        } catch (DuplicateKeyException alreadyQueued) {
            // the same notification, recorded again by a redelivered event or by a start's catch-up
        }
    }

    Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Notification.class, COLLECTION));
    }

    /** Up to {@code limit} ids of due notifications, longest due first. */
    List<String> dueIds(Instant now, int maxAttempts, int limit) {
        Query query = new Query(due(now, maxAttempts)).with(Sort.by(Sort.Direction.ASC, "nextAttemptAt")).limit(limit);
        query.fields().include("_id");
        // read as plain documents: a Notification cannot be made from its id alone
        return mongo.find(query, Document.class, COLLECTION).stream().map(document -> document.getString("_id"))
                .toList();
    }

    /** Takes the notification if it is still due and counts the attempt, in one atomic find-and-modify. */
    Optional<Notification> claimIfDue(String id, Instant now, Duration lease, int maxAttempts) {
        Update claim = new Update()
                .set("status", NotificationStatus.SENDING)
                .set("leaseUntil", now.plus(lease))
                .set("claim", UUID.randomUUID().toString())
                .inc("attempts", 1);
        Query stillDue = new Query(where("_id").is(id).andOperator(due(now, maxAttempts)));
        return Optional.ofNullable(mongo.findAndModify(stillDue, claim, FindAndModifyOptions.options().returnNew(true),
                Notification.class, COLLECTION));
    }

    /**
     * A PENDING notification is due at its {@code nextAttemptAt}; a SENDING one whose lease ran out belonged to a
     * sender that stopped half-way.
     */
    private static Criteria due(Instant now, int maxAttempts) {
        return new Criteria().andOperator(
                where("attempts").lt(maxAttempts),
                new Criteria().orOperator(
                        where("status").is(NotificationStatus.PENDING).and("nextAttemptAt").lte(now),
                        where("status").is(NotificationStatus.SENDING).and("leaseUntil").lte(now)));
    }

    /** Applies the update only while the sender's claim is still the notification's current one. */
    boolean updateClaimed(Notification claimed, Update update) {
        return mongo.updateFirst(claimedBy(claimed), update, COLLECTION).getMatchedCount() == 1;
    }

    /** Whether the sender's claim is still the notification's current one. */
    boolean stillClaimed(Notification claimed) {
        return mongo.exists(claimedBy(claimed), COLLECTION);
    }

    private static Query claimedBy(Notification claimed) {
        return new Query(where("_id").is(claimed.id()).and("status").is(NotificationStatus.SENDING)
                .and("claim").is(claimed.claim()));
    }

    /** The notifications whose last allowed attempt was cut off: SENDING, lease run out, no attempt left. */
    List<Notification> abandoned(Instant now, int maxAttempts) {
        return mongo.find(new Query(where("status").is(NotificationStatus.SENDING).and("leaseUntil").lte(now)
                .and("attempts").gte(maxAttempts)), Notification.class, COLLECTION);
    }

    void remove(String id) {
        mongo.remove(new Query(where("_id").is(id)), COLLECTION);
    }
}
