package com.example.shop.web.security;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Answers a request that Spring Security's firewall refuses (an encoded CR or LF, "..", a NUL in the path) with a
 * problem document; by default it became Spring Boot's error map, the one answer of the API that was not one.
 */
public class RejectedRequestProblems implements RequestRejectedHandler {

    private final JsonMapper json;

    public RejectedRequestProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        Problems.write(response, json, HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST,
                "the request path holds characters or segments that are not allowed");
    }
}
