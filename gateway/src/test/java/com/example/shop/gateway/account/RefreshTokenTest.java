package com.example.shop.gateway.account;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {

    @Test
    void aNewTokenReadsBackAsItself() {
        UUID session = UUID.randomUUID();
        RefreshToken token = RefreshToken.newFor(session);

        assertThat(token.value()).matches(RefreshToken.SHAPE);
        assertThat(RefreshToken.parse(token.value())).contains(token);
    }

    @Test
    void eachTokenOfOneSessionHasItsOwnSecretAndHash() {
        UUID session = UUID.randomUUID();
        RefreshToken first = RefreshToken.newFor(session);
        RefreshToken next = RefreshToken.newFor(session);

        assertThat(next.secret()).isNotEqualTo(first.secret());
        assertThat(next.hash()).hasSize(32).isNotEqualTo(first.hash());
        assertThat(RefreshToken.parse(first.value()).orElseThrow().hash()).isEqualTo(first.hash());
    }

    @Test
    void anythingElseIsNoToken() {
        String real = RefreshToken.newFor(UUID.randomUUID()).value();

        assertThat(RefreshToken.parse(null)).isEmpty();
        assertThat(RefreshToken.parse("")).isEmpty();
        assertThat(RefreshToken.parse(real + "A")).isEmpty();
        assertThat(RefreshToken.parse(real.toUpperCase())).isEmpty();
        assertThat(RefreshToken.parse(real.replace('.', '-'))).isEmpty();
        assertThat(RefreshToken.parse("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isEmpty();
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        RefreshToken token = RefreshToken.newFor(UUID.randomUUID());

        assertThat(token.toString()).doesNotContain(token.secret());
    }
}
