package com.example.shop.web.input;

import com.example.shop.api.common.Money;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;

/**
 * Money leaves every service as {@code {"amount": "12.50", "currency": "EUR"}}: the amount as a decimal string,
 * so no client parses it into a binary floating point number. Only the HTTP JSON changes; events keep numbers.
 */
@AutoConfiguration
public class MoneyJsonConfig {

    abstract static class MoneyAsDecimalString {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract BigDecimal amount();
    }

    @Bean
    JsonMapperBuilderCustomizer moneyAsDecimalString() {
        return builder -> builder.addMixIn(Money.class, MoneyAsDecimalString.class);
    }
}
