package com.example.shop.notification.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP mailer against a real SMTP server (GreenMail), reached through a relay that counts the connections:
 * the mails of a batch share connections, each retired after its share of mails, and a connection that broke is
 * replaced rather than used again.
 */
class SmtpMailerIT {

    private static final int MAILS_PER_CONNECTION = 20;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private CountingRelay relay;
    private SmtpMailer mailer;

    @BeforeEach
    void start() throws Exception {
        smtp.start();
        relay = new CountingRelay(smtp.getSmtp().getPort());
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(relay.port());
        // as Boot binds a blank MAIL_USERNAME: a server without authentication must still take the mail
        sender.setUsername("");
        sender.setPassword("");
        mailer = new SmtpMailer(sender, new InternetAddress("Shop <orders@shop.example>"), MAILS_PER_CONNECTION);
    }

    @AfterEach
    void stop() {
        relay.close();
        smtp.stop();
    }

    @Test
    void theMailsOfABatchShareConnectionsEachRetiredAfterItsShare() throws Exception {
        try (MailBatch batch = mailer.batch()) {
            for (int i = 0; i < 45; i++) {
                assertThat(batch.send("<mail-" + i + "@shop.example>", mail(i))).isEqualTo(MailResult.SENT);
            }
        }

        assertThat(relay.connections()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 45).mapToObj(i -> "<mail-" + i + "@shop.example>").toList());
    }

    @Test
    void aConnectionThatBrokeFailsOneMailAndTheNextGoesOutOverANewOne() throws Exception {
        try (MailBatch batch = mailer.batch()) {
            batch.send("<first@shop.example>", mail(1));
            relay.cutEveryConnection();

            assertThatThrownBy(() -> batch.send("<second@shop.example>", mail(2)))
                    .isInstanceOf(MailSendException.class);
            assertThat(batch.send("<second@shop.example>", mail(2))).isEqualTo(MailResult.SENT);
        }

        assertThat(relay.connections()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactlyInAnyOrder("<first@shop.example>", "<second@shop.example>");
    }

    private static MailMessage mail(int i) {
        return new MailMessage("customer-" + i + "@example.com", "Order " + i, "text " + i, "<p>html " + i + "</p>");
    }

    /** Forwards every TCP connection to the SMTP server, counting them; can cut them all, as a network would. */
    private static final class CountingRelay implements AutoCloseable {

        private final ServerSocket listener;
        private final int target;
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        CountingRelay(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            daemon(this::accept);
        }

        int port() {
            return listener.getLocalPort();
        }

        int connections() {
            return accepted.get();
        }

        void cutEveryConnection() {
            open.forEach(CountingRelay::closeQuietly);
            open.clear();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    accepted.incrementAndGet();
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            daemon(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException cut) {
                    // one side went away; closing the other tells the peer
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "smtp-relay");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        @Override
        public void close() {
            cutEveryConnection();
            try {
                listener.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
