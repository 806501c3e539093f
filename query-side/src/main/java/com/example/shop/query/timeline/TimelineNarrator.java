package com.example.shop.query.timeline;

import com.example.shop.api.common.Money;
import com.example.shop.api.order.OrderLine;

import java.util.List;
import java.util.stream.Collectors;

/** Tells each step of an order's process in the words a person reading the timeline needs. */
final class TimelineNarrator {

    private TimelineNarrator() {
    }

    static String placed(List<OrderLine> lines, Money total) {
        return "placed: " + lines.stream()
                .map(line -> line.quantity() + " × " + line.productName() + " at " + money(line.unitPrice()))
                .collect(Collectors.joining(", ")) + "; total " + money(total);
    }

    static String reserved(int quantity, String productName) {
        return "reserved " + quantity + " of " + productName;
    }

    static String reservationRefused(String productName, String reason, int requested, int available) {
        return "could not reserve " + requested + " of " + productName + ": " + reason + ", requested " + requested
                + ", available " + available;
    }

    static String released(int quantity, String productName) {
        return "released " + quantity + " of " + productName;
    }

    static String sold(int quantity, String productName) {
        return "sold " + quantity + " of " + productName;
    }

    static String returned(int quantity, String productName) {
        return "returned " + quantity + " of " + productName + " to stock";
    }

    static String confirmed(Money total) {
        return "confirmed; total " + money(total);
    }

    static String rejected(String reason, String details) {
        return details == null || details.isBlank() ? "rejected: " + reason : "rejected: " + details;
    }

    static String cancelled(String previousStatus) {
        return "cancelled while " + previousStatus;
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
