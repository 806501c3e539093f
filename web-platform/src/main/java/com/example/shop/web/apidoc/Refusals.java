package com.example.shop.web.apidoc;

import com.example.shop.api.common.ErrorCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an endpoint gives besides those every endpoint can give (a malformed request, invalid fields, a
 * missing token or role, an outage): the API description lists them as problem documents under the status each
 * code answers with ({@code Problems.statusOf}), so the status is never written twice.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Refusals {

    /** Refusals answered with their code's own status. */
    ErrorCode[] value() default {};

    /**
     * Refusals answered with 422 whatever their code's own status ({@code UnprocessableRequest}): the request is
     * well-formed but names something that cannot be used, such as an unknown product in an order.
     */
    ErrorCode[] unprocessable() default {};
}
