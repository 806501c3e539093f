package com.example.shop.gateway.openapi;

import com.example.shop.gateway.routing.ServiceAddresses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.preserveHostHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * One document for the whole API at {@code /v3/api-docs}: the gateway's own endpoints with every service's merged
 * in, read from the services when the document is asked for (so it is as current as the services running). Each
 * service's own document is also routed, as {@code /v3/api-docs/<service>}, and listed in Swagger UI, so a
 * service's description can be read on its own even while another service is down.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    /** Who may call each operation and what it refuses is added to every operation by the web platform. */
    @Bean
    OpenAPI shopApi() {
        return new OpenAPI()
                .info(new Info().title("Shop API")
                        .description("Every endpoint of the shop, as reached through the gateway. Sign up with "
                                + "POST /api/auth/register, log in with POST /api/auth/login and send the access "
                                + "token as `Authorization: Bearer <token>` where an operation needs one. Every "
                                + "refusal is a problem document (RFC 9457) with a stable `code`.")
                        .version("v1")
                        .contact(new Contact().name("The shop's developers").url("https://example.com/shop"))
                        .license(new License().name("Proprietary").url("https://example.com/shop/license")));
    }

    /** First, so that what the web platform adds to every operation covers the services' operations too. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer servicesEndpoints(ServiceAddresses services) {
        ServiceDocuments documents = new ServiceDocuments(services);
        return openApi -> documents.fetchAll().forEach((service, document) ->
                OpenApiMerge.merge(openApi, service, document));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    OpenApiCustomizer gatewayRefusals() {
        return new GatewayRefusals();
    }

    /**
     * The Host header is kept, so a service describes its server as the gateway's address and "try it out" in
     * Swagger UI goes through the gateway.
     */
    @Bean
    RouterFunction<ServerResponse> serviceDocumentRoutes(ServiceAddresses services) {
        return services.byName().entrySet().stream()
                .map(service -> route("api-docs-" + service.getKey())
                        .GET("/v3/api-docs/" + service.getKey(), http())
                        .before(uri(service.getValue()))
                        .before(setPath("/v3/api-docs"))
                        .before(preserveHostHeader())
                        .build())
                .reduce(RouterFunction::and)
                .orElseThrow();
    }
}
