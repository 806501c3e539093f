package com.example.shop.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs the problem-document handler in every web service, Tomcat's own refusals as problems too, and the
 * refusal of query parameters that are not plain text.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemHandler.class)
public class ProblemsConfig {

    @Bean
    PlainParameters plainParameters(JsonMapper json) {
        return new PlainParameters(json);
    }

    @Bean
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> protocolErrorProblems() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProtocolErrorProblems.class.getName());
            }
        });
    }
}
