package com.example.shop.platform.web;

import com.example.shop.api.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Arrays;

/**
 * Refuses a request whose query parameters are not plain text (see {@link PlainText}) or not UTF-8 with 400, as
 * the gateway does. Spring trims
 * parameters before converting them, and trimming removes control characters: {@code status=%00} was read as "no
 * status" and {@code customerId=<id>%00} as the id, so a hostile value was quietly taken for another.
 */
public class PlainParameters extends OncePerRequestFilter {

    private final JsonMapper json;

    public PlainParameters(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (!request.getParameterMap().values().stream().flatMap(Arrays::stream)
                    .allMatch(value -> value == null || PlainText.isPlain(value))) {
                refuse(response, "a query parameter holds a control character");
                return;
            }
        } catch (InvalidParameterException undecodable) {
            // Tomcat drops a parameter it cannot decode and carries on without it: q=%FF was answered as no q.
            refuse(response, "a parameter is not correctly encoded UTF-8");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                Problems.of(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST, detail));
    }
}
