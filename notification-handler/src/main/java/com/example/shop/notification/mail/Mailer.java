package com.example.shop.notification.mail;

/** Hands e-mails on: to the SMTP server when one is configured, otherwise to the log. */
public interface Mailer {

    /**
     * A batch for one round of sending. Over SMTP the mails of a batch share connections, opened at the first
     * mail and closed with the batch: a new connection for every mail cost a handshake each, several times the
     * sending itself.
     */
    MailBatch batch();
}
