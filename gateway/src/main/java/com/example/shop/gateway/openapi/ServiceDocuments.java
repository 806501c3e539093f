package com.example.shop.gateway.openapi;

import com.example.shop.gateway.routing.ServiceAddresses;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads each service's own OpenAPI document from where the service publishes it. */
class ServiceDocuments {

    private static final Logger log = LoggerFactory.getLogger(ServiceDocuments.class);
    private final ServiceAddresses services;
    private final RestClient http;

    ServiceDocuments(ServiceAddresses services) {
        this.services = services;
        // Short waits: a service that is down must not hold up the document of all the others.
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(1));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    /** The documents of the services that answered, by service name. */
    Map<String, OpenAPI> fetchAll() {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        services.byName().forEach((name, address) -> {
            try {
                String json = http.get().uri(URI.create(address + "/v3/api-docs")).retrieve().body(String.class);
                documents.put(name, Json.mapper().readValue(json, OpenAPI.class));
            } catch (Exception e) {
                log.warn("The API description of {} is left out: {}", name, e.getMessage());
            }
        });
        return documents;
    }
}
