package com.example.shop.gateway.requestid;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void keepsAValidIncomingIdAndReturnsIt() throws Exception {
        Seen seen = run("checkout-42:retry.1");

        assertThat(seen.forwarded()).isEqualTo("checkout-42:retry.1");
        assertThat(seen.response().getHeader("X-Request-Id")).isEqualTo("checkout-42:retry.1");
    }

    @Test
    void makesAnIdWhenNoneCame() throws Exception {
        Seen seen = run(null);

        assertThat(UUID.fromString(seen.forwarded())).isNotNull();
        assertThat(seen.response().getHeader("X-Request-Id")).isEqualTo(seen.forwarded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\nbreak", "quote\"d", "<script>", "ünïcödé"})
    void replacesAnUnsafeId(String unsafe) throws Exception {
        Seen seen = run(unsafe);

        assertThat(seen.forwarded()).isNotEqualTo(unsafe);
        assertThat(UUID.fromString(seen.forwarded())).isNotNull();
    }

    @Test
    void replacesAnOverlongId() throws Exception {
        String overlong = "a".repeat(129);

        assertThat(run(overlong).forwarded()).isNotEqualTo(overlong);
        assertThat(run("a".repeat(128)).forwarded()).isEqualTo("a".repeat(128));
    }

    @Test
    void theRestOfTheGatewaySeesExactlyOneIdUnderEveryHeaderName() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("X-Request-Id", "first");
        request.addHeader("x-request-id", "second");
        AtomicReference<HttpServletRequest> passedOn = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> passedOn.set((HttpServletRequest) req));

        assertThat(Collections.list(passedOn.get().getHeaders("x-request-id"))).containsExactly("first");
        assertThat(Collections.list(passedOn.get().getHeaderNames()).stream()
                .filter("X-Request-Id"::equalsIgnoreCase)).hasSize(1);
    }

    @Test
    void marksTheLogContextWhileTheRequestRunsAndClearsItAfter() throws Exception {
        AtomicReference<String> duringRequest = new AtomicReference<>();

        filter.doFilter(requestWithId("trace-me"), new MockHttpServletResponse(),
                (req, res) -> duringRequest.set(MDC.get("requestId")));

        assertThat(duringRequest.get()).isEqualTo("trace-me");
        assertThat(MDC.get("requestId")).isNull();
    }

    private record Seen(String forwarded, MockHttpServletResponse response) {
    }

    private Seen run(String incoming) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> forwarded = new AtomicReference<>();
        filter.doFilter(requestWithId(incoming), response,
                (req, res) -> forwarded.set(((HttpServletRequest) req).getHeader("X-Request-Id")));
        return new Seen(forwarded.get(), response);
    }

    private static MockHttpServletRequest requestWithId(String id) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        if (id != null) {
            request.addHeader("X-Request-Id", id);
        }
        return request;
    }
}
