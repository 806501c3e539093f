package com.example.shop.notification.mail;

import com.example.shop.api.common.ErrorCode;

/**
 * Why an order was rejected, in words a customer understands. The event's own details are written for
 * operators (product ids, stock figures) and stay out of the mail.
 */
final class ReasonInWords {

    private ReasonInWords() {
    }

    static String of(ErrorCode reason) {
        if (reason == null) {
            return "of a problem on our side";
        }
        return switch (reason) {
            case OUT_OF_STOCK -> "some items are out of stock";
            case PRODUCT_DISCONTINUED -> "a product in it is no longer sold";
            case PRODUCT_NOT_FOUND -> "a product in it is no longer in our catalogue";
            case TIMEOUT -> "we could not reserve the items in time";
            case CURRENCY_MISMATCH -> "its prices are in different currencies";
            // Codes that reject no order today, and codes added to the contract later: a sentence that stays true.
            default -> "of a problem on our side";
        };
    }
}
