package com.example.shop.web.problem;

import com.example.shop.api.common.ErrorCode;

/**
 * A well-formed request that refers to something that cannot be used, such as an unknown or discontinued
 * product in an order; answered with 422.
 */
public class UnprocessableRequest extends RuntimeException {

    private final ErrorCode code;

    public UnprocessableRequest(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
