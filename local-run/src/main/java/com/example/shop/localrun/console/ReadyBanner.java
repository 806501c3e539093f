package com.example.shop.localrun.console;

import com.example.shop.localrun.service.ServiceDefinition;
import com.example.shop.localrun.token.AdminLogin;
import com.example.shop.localrun.workspace.RunDirectory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the developer needs once everything is up, in one place: where each service answers, where the logs
 * are, a token to call the API with, and how to stop and start clean.
 *
 * @param apiEntryPoint the service the example request goes to
 * @param database      how to reach PostgreSQL, in words
 * @param mongo         how to reach MongoDB, in words
 * @param mail          where e-mail goes, in words
 */
public record ReadyBanner(List<ServiceDefinition> services, ServiceDefinition apiEntryPoint, String database,
                          String mongo, String mail, Path repositoryRoot, RunDirectory run, Path signingKeys,
                          AdminLogin admin) {

    private static final String RULE = "=".repeat(100);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(ZoneId.systemDefault());

    public void print() {
        StringBuilder text = new StringBuilder("\n").append(RULE).append('\n')
                .append("  The shop is running locally. Press Ctrl-C to stop everything.\n")
                .append(RULE).append('\n');
        for (ServiceDefinition service : services) {
            line(text, service.name(), String.format("%-24s health: %s", service.url(), service.healthUrl()));
        }
        line(text, "PostgreSQL", database);
        line(text, "MongoDB", mongo);
        line(text, "E-mail", mail);
        line(text, "Logs", run.logs() + "/  (<service>.log, postgres.log)");
        line(text, "Web console", apiEntryPoint.url() + "/  (log in as the administrator below, or sign up)");
        line(text, "Swagger UI", apiEntryPoint.url() + "/swagger-ui/index.html");
        line(text, "Token signing key", signingKeys + "  (made and kept there by the gateway)");
        line(text, "Administrator", admin.email() + " / " + admin.password());
        text.append('\n')
                .append("  The administrator's token (roles USER and ADMIN, valid until ")
                .append(TIME.format(admin.expiresAt())).append("; log in again with POST /api/auth/login),")
                .append(" also in ").append(repositoryRoot.relativize(run.adminToken())).append(":\n\n")
                .append("    export TOKEN=").append(admin.token()).append("\n\n")
                .append("  Try it:\n")
                .append("    curl -i -XPOST ").append(apiEntryPoint.url()).append("/api/products")
                .append(" -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n")
                .append("      -d '{\"sku\":\"MUG-1\",\"name\":\"Mug\",\"description\":\"A mug\",")
                .append("\"price\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"initialStock\":5}'\n\n")
                .append("  The databases, the keys and the logs are kept in ").append(run.root()).append(".\n")
                .append("  To start clean: stop with Ctrl-C, then rm -rf ")
                .append(repositoryRoot.relativize(run.root()))
                .append(" (deletes all data and the keys; tokens printed before stop working).\n")
                .append(RULE);
        Console.raw(text.toString());
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-22s %s%n", label, value));
    }
}
