package com.example.shop.gateway.console;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.testsupport.ShopApi;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's files: open to anyone, with the headers a page needs, and checked again on every use. */
class ConsoleServingIT extends GatewayIT {

    @Test
    void theRootServesTheConsolesPageToAnyone() {
        ShopApi.Response page = gateway.send("GET", "/", null, null, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().body()).contains("<script type=\"module\" src=\"/console/app.js\"></script>");
    }

    @Test
    void theConsoleIsServedUnderAStrictContentSecurityPolicy() {
        ShopApi.Response script = gateway.send("GET", "/console/app.js", null, null, Map.of());

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.header("Content-Security-Policy"))
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aFileIsKeptButCheckedAgainAndAnUnchangedOneAnswers304() {
        ShopApi.Response first = gateway.send("GET", "/console/app.js", null, null, Map.of());
        String etag = first.header("ETag");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");

        ShopApi.Response again = gateway.send("GET", "/console/app.js", null, null, Map.of("If-None-Match", etag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.raw().body()).isEmpty();
        assertThat(gateway.send("GET", "/console/style.css", null, null, Map.of()).header("ETag"))
                .as("each file has its own").isNotEqualTo(etag);
    }

    @Test
    void aMissingFileIs404AndTheApiKeepsItsOwnRules() {
        assertThat(gateway.send("GET", "/console/nothing.js", null, null, Map.of()).status()).isEqualTo(404);
        assertThat(gateway.send("GET", "/api/orders", null, null, Map.of()).status())
                .as("the console's chain opens its files only").isEqualTo(401);
        assertThat(gateway.send("GET", "/api/orders", null, null, Map.of()).header("Cache-Control"))
                .as("API answers are still never kept").contains("no-store");
    }
}
