package com.example.shop.web.input;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Arrays;

/**
 * Refuses a request whose query parameters are not plain text (see {@link PlainText}) or not UTF-8 with 400. Spring
 * trims parameters before converting them, and trimming removes control characters: {@code status=%00} was read as
 * "no status" and {@code customerId=<id>%00} as the id, so a hostile value was quietly taken for another; endpoints
 * that take no parameters ignored such a one.
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
        Problems.write(response, json, HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST, detail);
    }
}
