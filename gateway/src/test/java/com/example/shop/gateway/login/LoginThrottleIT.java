package com.example.shop.gateway.login;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing passwords is slowed down: after five failures, an e-mail is refused for a while, whatever is tried. */
class LoginThrottleIT extends GatewayIT {

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedWith429EvenWithTheRightPassword() {
        TestUser user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user.email(), "wrong-password-" + i).status()).isEqualTo(401);
        }

        ShopApi.Response refused = attempt(user.email(), user.password());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("code").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(attempt(newUser().email(), "wrong-but-other-account").status()).isEqualTo(401);
    }

    @Test
    void unknownEmailsAreThrottledLikeKnownOnesSoTheAnswerRevealsNothing() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(nobody, "wrong-password-" + i).status()).isEqualTo(401);
        }

        assertThat(attempt(nobody, "wrong-password-5").status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        TestUser user = newUser();
        for (int i = 0; i < 4; i++) {
            attempt(user.email(), "wrong-password-" + i);
        }
        assertThat(attempt(user.email(), user.password()).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            attempt(user.email(), "wrong-password-" + i);
        }

        assertThat(attempt(user.email(), user.password()).status()).isEqualTo(200);
    }

    private ShopApi.Response attempt(String email, String password) {
        return gateway.post("/api/auth/login", null, Map.of("email", email, "password", password));
    }
}
