package com.example.shop.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Picks how mail leaves, once at start-up: SMTP when {@code spring.mail.host} names a server, the log when it is
 * blank. Boot builds its mail sender even for a blank host, so the decision is made here on the host itself.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
                  @Value("${shop.notifications.mail.from}") String from,
                  @Value("${shop.notifications.mail.mails-per-connection}") int mailsPerConnection,
                  ObjectProvider<JavaMailSenderImpl> sender)
            throws AddressException {
        if (host.isBlank()) {
            log.warn("{}: notifications are written to this log and marked LOGGED, not e-mailed.",
                    LogOnlyMailer.NO_SMTP_HOST);
            return new LogOnlyMailer();
        }
        log.info("Notifications are e-mailed through the SMTP server at {}:{} from {}", host, port, from);
        return new SmtpMailer(sender.getObject(), new InternetAddress(from, true), mailsPerConnection);
    }
}
