package com.example.shop.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for notification-handler, which is built elsewhere: an HTTP server that answers its list call with an
 * empty page and records what reached it, so tests can see what the gateway forwards. It can also fail like a
 * crashed service, closing connections without an answer.
 */
public final class NotificationStub {

    /** One request as the service received it. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream())
                    .findFirst().orElse(null);
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream())
                    .toList();
        }
    }

    private static NotificationStub instance;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean broken;

    private NotificationStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public static synchronized NotificationStub instance() {
        if (instance == null) {
            try {
                instance = new NotificationStub();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public URI address() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** While broken, every connection is closed without an answer, as by a service that crashed. */
    public void broken(boolean broken) {
        this.broken = broken;
    }

    private void answer(HttpExchange exchange) throws IOException {
        if (broken) {
            exchange.close();
            throw new IOException("notification stub is broken on purpose");
        }
        URI uri = exchange.getRequestURI();
        received.add(new Received(exchange.getRequestMethod(), uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), Map.copyOf(exchange.getRequestHeaders())));
        boolean list = uri.getPath().equals("/api/notifications");
        byte[] body = (list ? "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0}" : "{\"status\":404}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", list ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(list ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
