package com.example.shop.gateway.requestid;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.gateway.support.NotificationStub;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every call has one request id: the caller's when it is safe, else a new one; forwarded, returned and logged. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIT extends GatewayIT {

    private final NotificationStub service = NotificationStub.instance();

    @Test
    void aSafeIncomingIdIsForwardedToTheServiceAndReturned() {
        String id = "it-" + UUID.randomUUID();

        ShopApi.Response response = callService(id);

        assertThat(response.header("X-Request-Id")).isEqualTo(id);
        assertThat(lastReceived().headers("X-Request-Id")).containsExactly(id);
    }

    @Test
    void aCallWithoutAnIdGetsANewOneThatTheServiceSeesToo() {
        ShopApi.Response response = callService(null);

        String id = response.header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(lastReceived().headers("X-Request-Id")).containsExactly(id);
    }

    @Test
    void anUnsafeIdIsReplacedBeforeItReachesServiceOrLog() {
        ShopApi.Response response = callService("forged\tentry");

        String id = response.header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(lastReceived().headers("X-Request-Id")).containsExactly(id);
    }

    @Test
    void aRefusedCallHasAnIdToo() {
        ShopApi.Response refused = gateway.send("GET", "/api/orders", null, null, Map.of("X-Request-Id", "refused-1"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Request-Id")).isEqualTo("refused-1");
    }

    @Test
    void theLinesLoggedForACallCarryItsId(CapturedOutput output) {
        String id = "logged-" + UUID.randomUUID();
        TestUser user = newUser();

        gateway.send("GET", "/api/notifications", user.token(), null, Map.of("X-Request-Id", id));
        gateway.send("GET", "/api/notifications", null, null, Map.of("X-Request-Id", id + "-anonymous"));

        // The access line is written once the answer is out, so it may come a moment after the caller has it.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<String> lines = output.getOut().lines().filter(line -> line.contains(id)).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("[" + id + "]")
                    .contains("GET /api/notifications -> 200"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("[" + id + "-anonymous]")
                    .contains("GET /api/notifications -> 401"));
        });
    }

    private ShopApi.Response callService(String id) {
        TestUser user = newUser();
        ShopApi.Response response = gateway.send("GET", "/api/notifications", user.token(), null,
                id == null ? Map.of() : Map.of("X-Request-Id", id));
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private NotificationStub.Received lastReceived() {
        List<NotificationStub.Received> received = service.received();
        return received.get(received.size() - 1);
    }
}
