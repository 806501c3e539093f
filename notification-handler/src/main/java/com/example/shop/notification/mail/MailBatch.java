package com.example.shop.notification.mail;

/** Mails handed on one after the other by one sender; closing it releases what the batch opened. */
public interface MailBatch extends AutoCloseable {

    /**
     * @param messageId the Message-ID header, the same on every attempt for the same notification
     * @throws org.springframework.mail.MailException when it could not be handed on; it may succeed later
     */
    MailResult send(String messageId, MailMessage mail);

    @Override
    void close();
}
