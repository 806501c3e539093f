package com.example.shop.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through Spring's mail support to the configured SMTP server, as text and HTML alternatives. */
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpMailer(JavaMailSender sender, InternetAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public MailResult send(String messageId, MailMessage mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            // Strict parsing: an address that is not one fails here, before any server is involved.
            helper.setTo(new InternetAddress(mail.recipient(), true));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // Spring keeps a Message-ID that was set explicitly. The same id on every attempt lets a receiving
            // server drop a second copy in the one case an outbox cannot rule out (see NotificationDelivery).
            message.setHeader("Message-ID", messageId);
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the mail to " + mail.recipient() + ": " + e.getMessage(), e);
        }
        sender.send(message);
        return MailResult.SENT;
    }
}
