package com.example.shop.notification.log;

/** Where a notification is on its way to the customer. */
public enum NotificationStatus {
    /** Waiting for its next attempt, which is due at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by a sender until {@code leaseUntil}; shown as PENDING to API clients. */
    SENDING,
    /** An SMTP server accepted it. Final. */
    SENT,
    /** No SMTP server is configured; it was written to the log. Final. */
    LOGGED,
    /** Every attempt failed, or it could never be sent; {@code lastError} says why. Final. */
    FAILED;

    /** Whether nothing more will happen to it. */
    public boolean isFinal() {
        return this == SENT || this == LOGGED || this == FAILED;
    }
}
