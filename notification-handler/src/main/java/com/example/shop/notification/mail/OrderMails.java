package com.example.shop.notification.mail;

import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderCancelledEvent;
import com.example.shop.api.order.OrderConfirmedEvent;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderRejectedEvent;
import com.example.shop.api.order.OrderStatus;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.UUID;

/**
 * Writes the e-mail for each outcome of an order: a subject with the order's short id, then the lines, the
 * total and, for a rejection, the reason in words. Product names come from the catalogue, which admins edit,
 * so the HTML part escapes every text it did not write itself.
 */
public final class OrderMails {

    private OrderMails() {
    }

    public static MailMessage confirmed(OrderConfirmedEvent event) {
        return compose(event.customerEmail(), event.orderId(), "is confirmed",
                "Thank you for your order. Every item is reserved for you and your order will be fulfilled.",
                event.lines(), event.total());
    }

    public static MailMessage rejected(OrderRejectedEvent event) {
        return compose(event.customerEmail(), event.orderId(), "could not be fulfilled",
                "We are sorry: we could not fulfil your order because " + ReasonInWords.of(event.reason())
                        + ". Nothing is reserved or charged for it.",
                event.lines(), event.total());
    }

    public static MailMessage cancelled(OrderCancelledEvent event) {
        return compose(event.customerEmail(), event.orderId(), "was cancelled",
                event.previousStatus() == OrderStatus.CONFIRMED
                        ? "Your order was cancelled after it had been confirmed. It will not be delivered."
                        : "Your order was cancelled before it was confirmed. It will not be delivered.",
                event.lines(), event.total());
    }

    /** The first block of the order id: enough for a customer to tell their orders apart in a subject line. */
    static String shortId(UUID orderId) {
        return orderId.toString().substring(0, 8);
    }

    private static MailMessage compose(String recipient, UUID orderId, String outcome, String sentence,
                                       List<OrderLine> lines, Money total) {
        String subject = "Your order " + shortId(orderId) + " " + outcome;
        return new MailMessage(recipient, subject, text(orderId, sentence, lines, total),
                html(subject, orderId, sentence, lines, total));
    }

    private static String text(UUID orderId, String sentence, List<OrderLine> lines, Money total) {
        StringBuilder text = new StringBuilder("Hello,\n\n").append(sentence).append("\n\n");
        for (OrderLine line : lines) {
            text.append(String.format("  %d x %s at %s = %s%n", line.quantity(), line.productName(),
                    money(line.unitPrice()), money(line.subtotal())));
        }
        return text.append("\nTotal: ").append(money(total)).append("\n\n")
                .append("Order number: ").append(orderId).append("\n\n")
                .append("Your shop\n")
                .toString();
    }

    private static String html(String subject, UUID orderId, String sentence, List<OrderLine> lines, Money total) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject)).append("</title></head><body>\n")
                .append("<p>Hello,</p>\n<p>").append(escape(sentence)).append("</p>\n")
                .append("<table>\n<tr><th align=\"left\">Product</th><th align=\"right\">Quantity</th>")
                .append("<th align=\"right\">Unit price</th><th align=\"right\">Amount</th></tr>\n");
        for (OrderLine line : lines) {
            html.append("<tr><td>").append(escape(line.productName()))
                    .append("</td><td align=\"right\">").append(line.quantity())
                    .append("</td><td align=\"right\">").append(escape(money(line.unitPrice())))
                    .append("</td><td align=\"right\">").append(escape(money(line.subtotal())))
                    .append("</td></tr>\n");
        }
        return html.append("<tr><th align=\"left\" colspan=\"3\">Total</th><th align=\"right\">")
                .append(escape(money(total))).append("</th></tr>\n</table>\n")
                .append("<p>Order number: ").append(orderId).append("</p>\n")
                .append("<p>Your shop</p>\n</body></html>\n")
                .toString();
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
