package com.example.shop.gateway.processors;

import com.example.shop.gateway.routing.ServiceAddresses;
import com.example.shop.web.apidoc.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Asks each service where its processors stand: query-side's read models through its own operations API (which
 * knows their rebuilds and dead letters), the others through {@code /actuator/processors}. A service that does not
 * answer is listed as UNREACHABLE rather than left out, so that its absence shows.
 */
@Tag(name = ApiTags.OPERATIONS)
@RestController
class AllProcessors {

    private static final Logger log = LoggerFactory.getLogger(AllProcessors.class);

    private final Map<String, URI> sources;
    private final RestClient http;
    /** A service may add fields to its answer, and leaves out those the gateway adds (rebuildable). */
    private final ObjectReader reader;

    AllProcessors(ServiceAddresses services, JsonMapper json) {
        // in the order they are listed: the read models first
        this.sources = new LinkedHashMap<>();
        sources.put("query-side", URI.create(services.querySide() + "/api/admin/processors"));
        sources.put("command-side", URI.create(services.commandSide() + "/actuator/processors"));
        sources.put("notification-handler", URI.create(services.notificationHandler() + "/actuator/processors"));
        // Short waits: one service that hangs must not keep an operator from seeing all the others.
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(1));
        timeouts.setReadTimeout(Duration.ofSeconds(3));
        this.http = RestClient.builder().requestFactory(timeouts).build();
        this.reader = json.readerFor(ServiceProcessor[].class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Operation(operationId = "listProcessors", summary = "Every event processor of every service",
            description = "For each service's processors (the read models, the order-fulfilment saga, the "
                    + "notifications): where they stand in the event log, how far behind they are, and the progress "
                    + "of a read model's rebuild. A service that does not answer is listed with the status "
                    + "UNREACHABLE.")
    @ApiResponse(responseCode = "200", description = "The processors of every service")
    @GetMapping("/api/admin/processors")
    List<ServiceProcessor> processors(
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        List<ServiceProcessor> all = new ArrayList<>();
        sources.forEach((service, source) -> all.addAll(processorsOf(service, source, authorization)));
        return all;
    }

    private List<ServiceProcessor> processorsOf(String service, URI source, String authorization) {
        try {
            ServiceProcessor[] answer = reader.readValue(http.get().uri(source)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve().body(String.class));
            // Only the read models can be rebuilt by a replay: the saga's or the e-mails' would act again.
            boolean readModels = service.equals("query-side");
            return Stream.of(answer).map(processor -> processor.answeredBy(service, readModels)).toList();
        } catch (RuntimeException e) {
            log.warn("The processors of {} are unknown: {}", service, e.getMessage());
            return List.of(ServiceProcessor.unreachable(service));
        }
    }
}
