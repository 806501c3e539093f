package com.example.shop.web.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictInputConfigTest {

    record Request(String name, Integer quantity, BigDecimal amount, UUID productId) {
    }

    private final JsonMapper json = strictMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"quantity\": 1.5}", "{\"quantity\": \"5\"}", "{\"quantity\": true}",
            "{\"name\": 5}", "{\"name\": true}", "{\"name\": 1.5}",
            "{\"name\": \"a\\u0000b\"}", "{\"name\": \"a\\ud800b\"}", "{\"name\": \"a\\udc00\"}",
            "{\"name\": \"\\u001b[31m\"}", "{\"name\": \"a\", \"name\": \"b\"}",
            "{\"productId\": \"00000000-0000-4000-8000-000000000001\\u0000\"}",
            "{\"productId\": \" 00000000-0000-4000-8000-000000000001\"}", "{\"productId\": \"1-1-1-1-1\"}",
            "{\"amount\": 1.5}", "{\"amount\": 123}", "{\"amount\": \"1.5\\u0000\"}", "{\"amount\": \" 1.50\"}",
            "{\"amount\": \"1e3\"}", "{\"amount\": \"12,50\"}"})
    void refusesWhatWouldBeReadAsSomethingElse(String body) {
        assertThatThrownBy(() -> json.readValue(body, Request.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void acceptsPlainTextOfAnyScriptAmountsAsStringsAndCanonicalIds() {
        Request read = json.readValue("""
                {"name": "Tasse \\u202e 😀 é\\tline\\nnext", "quantity": 3, "amount": "12.50",
                 "productId": "00000000-0000-4000-8000-00000000000A"}""", Request.class);

        assertThat(read.name()).isEqualTo("Tasse \u202e 😀 é\tline\nnext");
        assertThat(read.quantity()).isEqualTo(3);
        assertThat(read.amount()).isEqualByComparingTo("12.50");
        assertThat(read.productId()).isEqualTo(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    }

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictInputConfig().strictRequestBodies().customize(builder);
        return builder.build();
    }
}
