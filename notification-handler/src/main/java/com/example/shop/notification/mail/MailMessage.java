package com.example.shop.notification.mail;

/**
 * One e-mail as it will be sent, both as plain text and as HTML.
 *
 * @param recipient the customer's address, as it came with the order
 * @param html      already escaped: every text that came from outside is safe to show
 */
public record MailMessage(String recipient, String subject, String text, String html) {
}
