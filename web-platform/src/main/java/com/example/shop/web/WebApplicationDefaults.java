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
            "server.tomcat.accept-count", "1024");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("shop-web-defaults", DEFAULTS));
    }
}
