package com.example.shop.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.StringUtils;

/**
 * Sends to the configured SMTP server, as text and HTML alternatives, several mails per connection (SMTP allows
 * any number of transactions in one session). Connections are set up as Boot's mail properties say (host, port,
 * credentials, timeouts, STARTTLS).
 */
class SmtpMailer implements Mailer {

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final int mailsPerConnection;

    SmtpMailer(JavaMailSenderImpl sender, InternetAddress from, int mailsPerConnection) {
        if (mailsPerConnection < 1) {
            throw new IllegalArgumentException("shop.notifications.mail.mails-per-connection must be at least 1");
        }
        this.sender = sender;
        this.from = from;
        this.mailsPerConnection = mailsPerConnection;
    }

    @Override
    public MailBatch batch() {
        return new Batch();
    }

    /** Not thread-safe: one sender works through one batch. */
    private final class Batch implements MailBatch {

        private Transport connection;
        private int sentOverConnection;

        @Override
        public MailResult send(String messageId, MailMessage mail) {
            MimeMessage message = compose(mail);
            try {
                Transport open = connected();
                message.saveChanges();
                // Set after saveChanges, which writes a fresh one. The same id on every attempt lets a receiving
                // server drop a second copy in the one case an outbox cannot rule out (see NotificationDelivery).
                message.setHeader("Message-ID", messageId);
                open.sendMessage(message, message.getAllRecipients());
                sentOverConnection++;
                return MailResult.SENT;
            } catch (MessagingException e) {
                // A session that failed once is not trusted with the next mail, which gets a new connection.
                close();
                throw new MailSendException("cannot send the mail to " + mail.recipient() + ": " + e.getMessage(), e);
            }
        }

        /**
         * The open connection, or a new one. Servers limit the mails of one session (often to a few dozen) and
         * refuse the next, so a connection is retired after {@code mailsPerConnection} mails rather than being
         * found out by a refused mail.
         */
        private Transport connected() throws MessagingException {
            if (connection != null && sentOverConnection >= mailsPerConnection) {
                close();
            }
            if (connection == null) {
                Transport opening = sender.getSession().getTransport(
                        sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                if (!StringUtils.hasText(sender.getUsername())) {
                    // A blank MAIL_USERNAME arrives as an empty string; handed on as it is, JavaMail would log
                    // in with empty credentials, which a server without authentication refuses.
                    opening.connect(sender.getHost(), sender.getPort(), null, null);
                } else {
                    opening.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                }
                connection = opening;
                sentOverConnection = 0;
            }
            return connection;
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (MessagingException alreadyGone) {
                // the mails were handed over or reported as failed already; a failed QUIT changes none of that
            } finally {
                connection = null;
            }
        }
    }

    private MimeMessage compose(MailMessage mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            // Strict parsing: an address that is not one fails here, before any server is involved.
            helper.setTo(new InternetAddress(mail.recipient(), true));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the mail to " + mail.recipient() + ": " + e.getMessage(), e);
        }
        return message;
    }
}
