package com.example.shop.api.common;

/**
 * Stable codes for every refusal a caller must be able to tell apart. They appear as {@code code} in
 * problem documents and as the reason of a rejected order, so renaming one breaks clients.
 */
public enum ErrorCode {
    /** The request body or parameters break a validation rule. */
    VALIDATION_FAILED,
    /** The request could not be read: malformed JSON, wrong types, wrong content type. */
    MALFORMED_REQUEST,
    /** No valid token came with a call that needs one. */
    UNAUTHENTICATED,
    /** The caller is known but lacks the role the call needs. */
    ACCESS_DENIED,
    /** No product has this id. */
    PRODUCT_NOT_FOUND,
    /** Another product already carries this SKU. */
    SKU_TAKEN,
    /** The product was discontinued and can no longer be ordered or changed. */
    PRODUCT_DISCONTINUED,
    /** Less stock is available than the order line asks for. */
    OUT_OF_STOCK,
    /** The order lines mix currencies, so no total can be computed. */
    CURRENCY_MISMATCH,
    /** No order has this id, or it belongs to somebody else. */
    ORDER_NOT_FOUND,
    /** The order is already rejected or cancelled. */
    ORDER_NOT_CANCELLABLE,
    /** The order could not be fulfilled before its deadline. */
    TIMEOUT,
    /** No read model has this name. */
    READ_MODEL_NOT_FOUND,
    /** The read model is being rebuilt already. */
    REPLAY_IN_PROGRESS,
    /** Another account already uses this e-mail address (compared case-insensitively). */
    EMAIL_TAKEN,
    /** The e-mail address or the password is wrong; which of the two is never said. */
    INVALID_CREDENTIALS,
    /** Too many failed logins or sign-ups in a short time; the answer says when to try again. */
    TOO_MANY_ATTEMPTS,
    /** The refresh token is unknown, expired, revoked or was used already; log in again. */
    INVALID_REFRESH_TOKEN,
    /** The gateway is checking as many passwords as it can at once; the answer says when to try again. */
    TOO_BUSY,
    /** No user account has this id. */
    USER_NOT_FOUND,
    /** The request body is larger than this call accepts. */
    REQUEST_TOO_LARGE,
    /** The service behind the gateway that answers this call cannot be reached. */
    SERVICE_UNAVAILABLE,
    /** Anything the caller cannot fix; details are in the service's log. */
    INTERNAL_ERROR
}
