package com.example.shop.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Settings every web application of the shop shares, as defaults: an application's own configuration, and the
 * environment, still win.
 */
public class WebApplicationDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            // A burst of new connections (the gateway opening one per concurrent call to a service) must wait in
            // the listen queue, not be dropped: with Tomcat's 100, 200 orders at once timed out connecting.
            "server.tomcat.accept-count", "1024",
            // The API description: OpenAPI 3.0, which client generators and validating proxies read best and the
            // gateway expects when it merges the services' documents; bodies are JSON (springdoc would say any
            // type, which a proxy cannot check); and the error responses are the refusals each operation really
            // gives (apidoc), not springdoc's guess from every exception handler.
            "springdoc.api-docs.version", "openapi_3_0",
            "springdoc.default-produces-media-type", "application/json",
            "springdoc.override-with-generic-response", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("shop-web-defaults", DEFAULTS));
    }
}
