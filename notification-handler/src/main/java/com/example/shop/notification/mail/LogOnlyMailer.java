package com.example.shop.notification.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail to the log when no SMTP host is configured (a local run, a demo), so the whole flow can be
 * followed without a mail server. Every line says that nothing was sent, so nobody mistakes it for delivery.
 */
class LogOnlyMailer implements Mailer, MailBatch {

    static final String NO_SMTP_HOST = "No SMTP host is configured (set MAIL_HOST to send e-mail)";
    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailer.class);

    @Override
    public MailBatch batch() {
        return this;
    }

    @Override
    public MailResult send(String messageId, MailMessage mail) {
        log.info("{}: NOT sending, only logging the e-mail {} to {}\nSubject: {}\n\n{}",
                NO_SMTP_HOST, messageId, mail.recipient(), mail.subject(), mail.text());
        return MailResult.LOGGED;
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
