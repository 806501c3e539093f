package com.example.shop.notification.mail;

/** What became of a mail that a {@link Mailer} accepted. */
public enum MailResult {
    /** An SMTP server took it for delivery. */
    SENT,
    /** No SMTP server is configured, so it was written to the log instead. */
    LOGGED
}
