package com.example.shop.web.apidoc;

import com.example.shop.web.security.ApiRoutes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.math.BigDecimal;

/**
 * Every application describes its operations the same way: the refusals each can give as problem documents, who
 * may call it (from the application's {@link ApiRoutes}, the rules the security chain enforces), and the shapes
 * the web platform gives every body (problems, money).
 */
@AutoConfiguration
public class ApiDocConfig {

    static {
        // Money's amount travels as a decimal string (MoneyJsonConfig); BigDecimal is used for nothing else.
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, SharedSchemas.DECIMAL_STRING);
    }

    @Bean
    OperationCustomizer refusalsOfEachOperation() {
        return new OperationRefusals();
    }

    /** Last, so that it also covers what another customizer added (the gateway's merged operations). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer accessOfEachOperation(ObjectProvider<ApiRoutes> routes) {
        return new OperationAccess(routes.getIfAvailable());
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer sharedSchemas() {
        return new SharedSchemas();
    }

    /** After the shared schemas, which it gives examples too. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer schemaExamples() {
        return new SchemaExamples();
    }
}
