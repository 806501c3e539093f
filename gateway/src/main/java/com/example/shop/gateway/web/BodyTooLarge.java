package com.example.shop.gateway.web;

import java.io.IOException;

/** A request body that turned out larger than allowed while it was being read (it declared no length). */
class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }

    /** Whether this failure, however deeply wrapped by whoever was reading the body, is an oversized body. */
    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
