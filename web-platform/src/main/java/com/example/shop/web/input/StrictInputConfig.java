package com.example.shop.web.input;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Request bodies mean exactly what they say, or are refused with 400: a whole number must be a JSON integer (not
 * {@code 1.5}, which would be cut to 1, nor {@code "5"}), a text must be a JSON string (not {@code 5} or
 * {@code true}), a key may appear once, and no text may hold control characters or unpaired surrogates, which
 * PostgreSQL refuses or silently replaces; an id must be in its canonical form, and an amount a decimal string
 * ({@link DecimalString}), as the API documents. Only the HTTP JSON is affected; events have a mapper of their own. Query
 * parameters are held to the same rule for text ({@link PlainParameters}).
 */
@AutoConfiguration
public class StrictInputConfig {

    @Bean
    @ConditionalOnWebApplication
    PlainParameters plainParameters(JsonMapper json) {
        return new PlainParameters(json);
    }

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, texts -> texts
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, booleans -> booleans
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("plain-text")
                        .addDeserializer(String.class, new PlainText())
                        .addDeserializer(UUID.class, new CanonicalUuid())
                        .addDeserializer(BigDecimal.class, new DecimalString()));
    }
}
