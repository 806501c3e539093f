package com.example.shop.gateway.web;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collections;

/**
 * Refuses a request with a header value that is not visible ASCII (tab and space allowed) with 400. Such a value
 * does not reach a service as it was sent: the forwarding client replaces every other character with '?', so two
 * different {@code Idempotency-Key}s such as "é" and "ü" arrived as one and the second order was taken for a
 * retry of the first. Refusing is the only answer that neither alters a value nor differs from the service's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ForwardableHeaders extends OncePerRequestFilter {

    private final JsonMapper json;

    ForwardableHeaders(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (!isVisibleAscii(value)) {
                    Problems.write(response, json, HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST,
                            "the header " + name + " holds characters other than visible ASCII");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isVisibleAscii(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7E));
    }
}
