package com.example.shop.web.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;

/**
 * Who may call what, in every web application of the shop: the application's {@link ApiRoutes} name a role for each
 * route, operations endpoints and the API description are open, and everything else is refused, so a new endpoint
 * without a rule is closed. Tokens are checked by {@link TokenChecks}: a service verifies the gateway's tokens
 * itself (so a request that bypasses the gateway is refused the same way) against the keys the gateway publishes;
 * the gateway declares its own decoder, on its own key. Ownership is decided by each service's own logic.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnBean(ApiRoutes.class)
@EnableConfigurationProperties(JwtProperties.class)
public class ApiSecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiRoutes routes, JsonMapper json) throws Exception {
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(registry -> {
                    registry.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/error").permitAll();
                    // Where a service's event processors stand (the Axon services'), which the gateway gathers.
                    registry.requestMatchers(HttpMethod.GET, "/actuator/processors").hasRole("ADMIN");
                    // The API description is public: the gateway serves it, with every service's, to anyone.
                    registry.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    routes.authorize(registry);
                    registry.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenChecks.rolesFromClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * No observation (span and timer) of every filter of the chain, of each authentication and of each
     * authorization: under read load they were about a tenth of the gateway's CPU (JFR), and the request's own
     * observation, {@code http.server.requests}, already records how each request was answered.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RejectedRequestProblems rejectedRequestProblems(JsonMapper json) {
        return new RejectedRequestProblems(json);
    }

    /** A service's: the gateway's published keys, or a public key file where no gateway is reachable (tests). */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(JwtProperties properties) throws IOException {
        NimbusJwtDecoder decoder = properties.publicKeyLocation() != null && properties.publicKeyLocation().exists()
                ? NimbusJwtDecoder.withPublicKey(readPublicKey(properties)).build()
                : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        return TokenChecks.remembered(TokenChecks.checkingClaims(decoder, properties.issuer()));
    }

    private static RSAPublicKey readPublicKey(JwtProperties properties) throws IOException {
        try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        }
    }
}
