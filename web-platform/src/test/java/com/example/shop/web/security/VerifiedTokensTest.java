package com.example.shop.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private Instant now = START;
    private final Clock clock = mock(Clock.class);
    /** Tokens named "valid-<seconds>" are good for that long from START; anything else is refused. */
    private final List<String> checked = new ArrayList<>();
    private final JwtDecoder checking = token -> {
        checked.add(token);
        if (!token.startsWith("valid-")) {
            throw new BadJwtException("not one of ours");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                .expiresAt(START.plusSeconds(Long.parseLong(token.substring("valid-".length())))).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(checking, 3, clock);

    @BeforeEach
    void clockReadsNow() {
        when(clock.instant()).thenAnswer(invocation -> now);
    }

    @Test
    void checksAValidTokenOnceUntilItExpires() {
        Jwt first = tokens.decode("valid-60");
        now = START.plusSeconds(59);

        assertThat(tokens.decode("valid-60")).isSameAs(first);
        assertThat(checked).containsExactly("valid-60");

        now = START.plusSeconds(60);
        tokens.decode("valid-60");
        assertThat(checked).as("checked again from its expiry on").containsExactly("valid-60", "valid-60");
    }

    @Test
    void neverRemembersARefusal() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        }

        assertThat(checked).containsExactly("forged", "forged", "forged");
    }

    @Test
    void keepsAtMostItsCapacityLettingTheExpiredGoFirst() {
        tokens.decode("valid-10");
        tokens.decode("valid-100");
        tokens.decode("valid-101");
        now = START.plus(Duration.ofSeconds(20));

        tokens.decode("valid-102");
        tokens.decode("valid-100");
        tokens.decode("valid-101");
        tokens.decode("valid-102");

        assertThat(checked).as("the expired one made room; the others were still remembered")
                .containsExactly("valid-10", "valid-100", "valid-101", "valid-102");
    }
}
