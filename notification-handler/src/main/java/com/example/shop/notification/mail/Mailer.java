package com.example.shop.notification.mail;

/** Hands an e-mail on: to the SMTP server when one is configured, otherwise to the log. */
public interface Mailer {

    /**
     * @param messageId the Message-ID header, the same on every attempt for the same notification
     * @throws org.springframework.mail.MailException when it could not be handed on; it may succeed later
     */
    MailResult send(String messageId, MailMessage mail);
}
