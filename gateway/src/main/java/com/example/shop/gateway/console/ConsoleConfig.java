package com.example.shop.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the console's files from {@code classpath:/console/} under {@code /console/}, and its page at {@code /}.
 * The files are public (what they show comes from the API, behind its own rules), so they get a security chain of
 * their own, ahead of the API's, that opens them for reading and adds the headers a page needs.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfig implements WebMvcConfigurer {

    /**
     * Only the console's own files, no inline script or style, no plugins, no framing; the API is on the same
     * origin. The page builds its DOM from text nodes, so even a product name that holds markup stays text.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        // Other methods reach the resource handler too, which answers them 405.
        http.securityMatcher("/", "/console/**")
                .authorizeHttpRequests(registry -> registry.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // the resource handler says how long a file may be kept; Spring Security's default forbids it
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * Every file may be kept but is checked again on each use ({@code no-cache}): the page loads its modules by
     * name, without a version in the path, so a longer lifetime would mix old and new modules after an upgrade. The
     * check is cheap, since the answer is 304 while the file's ETag (a hash of its content) is the same. A jar's
     * entries all carry one fixed time, so their last-modified date says nothing and is not sent.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/**")
                .addResourceLocations("classpath:/console/")
                .setCacheControl(CacheControl.noCache())
                .setUseLastModified(false)
                .setEtagGenerator(new ContentHashEtags());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/console/index.html");
    }
}
