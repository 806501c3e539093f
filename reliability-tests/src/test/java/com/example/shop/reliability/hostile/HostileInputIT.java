package com.example.shop.reliability.hostile;

import com.example.shop.reliability.ReliabilitySystem;
import com.example.shop.reliability.hostile.BadBodies.BadBody;
import com.example.shop.reliability.hostile.ValidRequests.Valid;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.ApiDescription;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ApiDescription.Operation;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input on every endpoint the application describes, through the gateway and to the owning service
 * directly: each request is refused with a 4xx problem document, never a 5xx, and a batch of refused requests
 * stores nothing; the few that {@link AcceptedCases} accepts on purpose answer 2xx and obey none of the fields a
 * client must not set. Counts per endpoint are printed and written to target/hostile-input-report.txt.
 */
@WholeSystemTest
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Service> SERVICES = List.of(Service.COMMAND_SIDE, Service.QUERY_SIDE,
            Service.NOTIFICATION_HANDLER);
    private static final Map<String, String> WRONG_CONTENT_TYPES = Map.of(
            "text/plain", "text/plain",
            "XML", "application/xml",
            "a form", "application/x-www-form-urlencoded",
            "multipart", "multipart/form-data; boundary=hostile");

    /** Where a request goes: its name in the report and how to reach it. */
    private record Target(String name, Wire wire) {
    }

    /** One answered case. */
    private record Outcome(String route, Target target, HostileRequest request, boolean expectedAccepted,
                           Wire.Answer answer) {
    }

    private final ShopSystem shop = ReliabilitySystem.get();
    private final ExecutorService senders = Executors.newFixedThreadPool(6);

    @Test
    void everyHostileRequestIsRefusedWithA4xxProblemOrAcceptedOnPurposeAndRefusedOnesStoreNothing() {
        ValidRequests valid = new ValidRequests(shop.gateway());
        ApiDescription description = ApiDescription.of(shop.gateway());
        Map<String, Service> owners = owners();
        Map<String, Valid> validByRoute = valid.byRoute();
        assertThat(validByRoute.keySet()).as("a valid request for every described endpoint: add one to ValidRequests")
                .containsAll(description.operations().stream().map(Operation::route).toList());

        Report report = new Report();
        for (Operation operation : description.operations()) {
            List<Target> targets = targets(operation, owners);
            List<HostileRequest> cases = cases(description, operation, validByRoute.get(operation.route()));
            List<HostileRequest> refused = cases.stream()
                    .filter(request -> !AcceptedCases.expects(operation.route(), request.name())).toList();
            List<HostileRequest> accepted = cases.stream()
                    .filter(request -> AcceptedCases.expects(operation.route(), request.name())).toList();
            String token = validByRoute.get(operation.route()).token();

            // The accepted ones first: the refused ones may lock the login of the account they name.
            List<Outcome> outcomes = sendAll(operation.route(), targets, accepted, true, token);
            // Only an accepted order write can still be at work after its answer (the saga goes on storing events);
            // every other write has stored all it stores when it answers. Waiting for a quiet moment after every
            // endpoint cost most of this case's time.
            boolean sagaAtWork = !accepted.isEmpty() && !operation.method().equals("GET")
                    && operation.path().startsWith("/api/orders");
            StoredState before = sagaAtWork ? StoredState.settled() : StoredState.now();
            outcomes.addAll(sendAll(operation.route(), targets, refused, false, token));
            StoredState after = StoredState.now();

            report.add(operation.route(), targets.size(), outcomes, before, after);
            outcomes.stream().filter(Outcome::expectedAccepted).filter(outcome -> is2xx(outcome.answer()))
                    .forEach(outcome -> report.obeyed(outcome, obeyedFields(outcome, valid)));
        }
        senders.shutdownNow();

        String text = report.render();
        System.out.println(text);
        write(text);
        assertThat(report.failures()).as("hostile requests answered wrongly (see target/hostile-input-report.txt)")
                .isEmpty();
    }

    private List<HostileRequest> cases(ApiDescription description, Operation operation, Valid valid) {
        List<HostileRequest> cases = new ArrayList<>();
        ObjectNode validBody = valid.body() == null ? null : valid.body().get();
        byte[] validBytes = validBody == null ? null : JSON.writeValueAsBytes(validBody);
        cases.addAll(BadParameters.of(operation, valid.path(), validBytes));
        if (operation.body().isEmpty()) {
            return cases;
        }
        for (BadBody body : BadBodies.of(description, operation.bodySchema(), validBody)) {
            cases.add(HostileRequest.json(body.name(), operation.method(), valid.path(), body.text()));
        }
        byte[] notUtf8 = (JSON.writeValueAsString(validBody).replaceFirst("}$", "") + ",\"x\":\"")
                .getBytes(StandardCharsets.UTF_8);
        cases.add(new HostileRequest("invalid UTF-8", operation.method(), valid.path(),
                Map.of("Content-Type", "application/json"), concat(notUtf8, new byte[]{(byte) 0xFF, (byte) 0xFE,
                '"', '}'})));
        WRONG_CONTENT_TYPES.forEach((name, type) -> cases.add(new HostileRequest("content type " + name,
                operation.method(), valid.path(), Map.of("Content-Type", type), validBytes)));
        cases.add(new HostileRequest("no content type", operation.method(), valid.path(), Map.of(), validBytes));
        Set<String> defined = new HashSet<>(description.resolve(operation.bodySchema()).path("properties")
                .propertyNames());
        cases.add(HostileRequest.json("extra fields the client must not set", operation.method(), valid.path(),
                JSON.writeValueAsString(ExtraFields.planted(valid.body().get(), defined))));
        return cases;
    }

    private List<Outcome> sendAll(String route, List<Target> targets, List<HostileRequest> requests,
                                  boolean expectedAccepted, String token) {
        List<Future<Outcome>> answers = new ArrayList<>();
        for (Target target : targets) {
            for (HostileRequest request : requests) {
                answers.add(senders.submit(() -> new Outcome(route, target, request, expectedAccepted,
                        target.wire().send(request.fresh(), token))));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> answer : answers) {
            try {
                outcomes.add(answer.get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return outcomes;
    }

    /** The gateway for every route; the owning service as well for the routes a service owns. */
    private List<Target> targets(Operation operation, Map<String, Service> owners) {
        List<Target> targets = new ArrayList<>(List.of(new Target("gateway", wire(shop.gateway()))));
        Service owner = owners.get(operation.route());
        if (owner != null) {
            targets.add(new Target(owner.module(), wire(shop.direct(owner))));
        }
        return targets;
    }

    private Map<String, Service> owners() {
        Map<String, Service> owners = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            ApiDescription.of(shop.direct(service)).operations()
                    .forEach(operation -> owners.put(operation.route(), service));
        }
        return owners;
    }

    /** Reads back what an accepted request stored and lists the planted fields it obeyed. */
    private List<String> obeyedFields(Outcome outcome, ValidRequests valid) {
        if (!outcome.request().name().startsWith("extra fields")) {
            return List.of();
        }
        JsonNode answer = outcome.answer().body().isBlank() ? JSON.createObjectNode()
                : JSON.readTree(outcome.answer().body());
        JsonNode stored = switch (outcome.route()) {
            case "POST /api/auth/login", "POST /api/auth/refresh" -> JSON.readTree(Base64.getUrlDecoder().decode(
                    answer.get("accessToken").asString().split("\\.")[1]));
            case "POST /api/products" -> readBack("/api/products/" + answer.get("id").asString());
            case "POST /api/orders" -> readBack("/api/orders/" + answer.get("id").asString());
            case "PUT /api/products/{productId}", "POST /api/products/{productId}/stock" ->
                    readBack("/api/products/" + valid.productId());
            default -> answer;
        };
        List<String> obeyed = new ArrayList<>(ExtraFields.obeyed(stored));
        if (answer.path("id").asString("").equals(ExtraFields.PLANTED_ID)) {
            obeyed.add("the planted id was used");
        }
        return obeyed;
    }

    private JsonNode readBack(String path) {
        ShopApi gateway = shop.gateway();
        String admin = Client.admin(gateway).token();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.send("GET", path, admin, null, Map.of()),
                        response -> response.status() == 200).body();
    }

    private static Wire wire(ShopApi api) {
        return new Wire(URI.create(api.baseUrl()).getPort());
    }

    static boolean is2xx(Wire.Answer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void write(String report) {
        try {
            Path file = Path.of("target", "hostile-input-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts per endpoint and every wrong answer, in the order the endpoints were tried. */
    private static final class Report {

        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        void add(String route, int targets, List<Outcome> outcomes, StoredState before, StoredState after) {
            int[] row = counts.computeIfAbsent(route, r -> new int[5]);
            row[4] = targets;
            for (Outcome outcome : outcomes) {
                row[0]++;
                Wire.Answer answer = outcome.answer();
                String wrong = wrongness(outcome);
                if (wrong != null) {
                    row[3]++;
                    failures.add(outcome.target().name() + " " + outcome.request() + ": " + wrong + " — "
                            + answer.status() + " " + answer.header("Content-Type") + " "
                            + abbreviate(answer.body()));
                } else if (is2xx(answer)) {
                    row[2]++;
                } else {
                    row[1]++;
                }
            }
            if (!before.equals(after)) {
                row[3]++;
                failures.add(route + ": refused requests stored something: before " + before + ", after " + after);
            }
        }

        void obeyed(Outcome outcome, List<String> obeyed) {
            if (!obeyed.isEmpty()) {
                counts.get(outcome.route())[3]++;
                failures.add(outcome.target().name() + " " + outcome.request() + ": accepted and obeyed " + obeyed);
            }
        }

        private static String wrongness(Outcome outcome) {
            Wire.Answer answer = outcome.answer();
            if (outcome.expectedAccepted()) {
                return is2xx(answer) ? null : "expected to be accepted (AcceptedCases)";
            }
            if (answer.status() < 400 || answer.status() >= 500) {
                return "expected a 4xx";
            }
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "expected a problem document";
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(answer.body());
            } catch (RuntimeException notJson) {
                return "expected a problem document, got a body that is not JSON";
            }
            if (problem.path("status").asInt() != answer.status()
                    || !(problem.has("title") || problem.has("code"))) {
                return "expected a problem document with status and title or code";
            }
            return null;
        }

        List<String> failures() {
            return failures;
        }

        String render() {
            StringBuilder text = new StringBuilder("Hostile input per endpoint (gateway and the owning service)\n")
                    .append(String.format("%-45s %8s %6s %6s %10s %9s%n", "endpoint", "targets", "sent", "4xx",
                            "2xx (ok)", "failures"));
            int[] total = new int[5];
            counts.forEach((route, row) -> {
                text.append(String.format("%-45s %8d %6d %6d %10d %9d%n", route, row[4], row[0], row[1], row[2],
                        row[3]));
                for (int i = 0; i < 4; i++) {
                    total[i] += row[i];
                }
            });
            text.append(String.format("%-45s %8s %6d %6d %10d %9d%n", "total", "", total[0], total[1], total[2],
                    total[3]));
            if (!failures.isEmpty()) {
                text.append("\nFailures:\n");
                failures.forEach(failure -> text.append("  ").append(failure).append('\n'));
            }
            return text.toString();
        }

        private static String abbreviate(String body) {
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
    }
}
