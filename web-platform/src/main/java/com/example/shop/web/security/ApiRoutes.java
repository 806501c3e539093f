package com.example.shop.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may call which of an application's routes, written once: the security chain enforces these rules and the
 * API description documents them ({@code OperationAccess}). Each application declares one; everything it does not
 * name is refused, so a new endpoint without a rule is closed rather than open.
 */
public final class ApiRoutes {

    /**
     * One rule: a method (or every method, when null) on some path patterns ({@code *} one segment, {@code **}
     * any rest), open to anyone or to callers with one of the roles.
     */
    public record Route(HttpMethod method, List<String> patterns, List<String> roles) {

        public Route {
            patterns = List.copyOf(patterns);
            roles = List.copyOf(roles);
        }

        /** Open to anyone, with or without a token. */
        public static Route anyone(HttpMethod method, String... patterns) {
            return new Route(method, List.of(patterns), List.of());
        }

        /** Only for a caller whose token carries this role. */
        public static Route role(String role, HttpMethod method, String... patterns) {
            return new Route(method, List.of(patterns), List.of(role));
        }

        /** For any signed-in user: a token with the role USER or ADMIN. */
        public static Route signedIn(HttpMethod method, String... patterns) {
            return new Route(method, List.of(patterns), List.of("USER", "ADMIN"));
        }

        public boolean open() {
            return roles.isEmpty();
        }

        /** Every account has the role USER or ADMIN, so no signed-in caller is refused a route open to both. */
        public boolean forEverySignedInUser() {
            return roles.containsAll(List.of("USER", "ADMIN"));
        }

        /** Whether a path of the API description (with {@code {name}} variables) falls under this rule. */
        boolean covers(HttpMethod method, String describedPath) {
            if (this.method != null && !this.method.equals(method)) {
                return false;
            }
            PathContainer path = PathContainer.parsePath(describedPath.replaceAll("\\{[^}/]+}", "x"));
            return patterns.stream().map(PathPatternParser.defaultInstance::parse)
                    .anyMatch((PathPattern pattern) -> pattern.matches(path));
        }
    }

    private final List<Route> routes;

    private ApiRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static ApiRoutes of(Route... routes) {
        return new ApiRoutes(Arrays.asList(routes));
    }

    /** The first rule that covers a described operation, as the security chain would pick it. */
    public Optional<Route> routeOf(HttpMethod method, String describedPath) {
        return routes.stream().filter(route -> route.covers(method, describedPath)).findFirst();
    }

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (Route route : routes) {
            String[] patterns = route.patterns().toArray(String[]::new);
            var matched = route.method() == null
                    ? registry.requestMatchers(patterns)
                    : registry.requestMatchers(route.method(), patterns);
            if (route.open()) {
                matched.permitAll();
            } else {
                matched.hasAnyRole(route.roles().toArray(String[]::new));
            }
        }
    }
}
