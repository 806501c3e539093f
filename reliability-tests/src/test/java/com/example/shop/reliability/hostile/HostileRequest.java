package com.example.shop.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One hostile request, exactly as it goes on the wire: the path and query already encoded, the body as bytes (or
 * none), and every header, Content-Type included (none unless given).
 *
 * @param name what is wrong with it, for the report and for the list of cases expected to be accepted
 */
record HostileRequest(String name, String method, String path, Map<String, String> headers, byte[] body) {

    static HostileRequest json(String name, String method, String path, String body) {
        return new HostileRequest(name, method, path, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest bodyless(String name, String method, String path) {
        return new HostileRequest(name, method, path, Map.of(), null);
    }

    /**
     * A copy with a new value wherever the valid body had {@link ValidRequests#UNIQUE}, so that a request accepted
     * once is not refused the next time for a SKU or an e-mail that an earlier one took. Byte for byte otherwise.
     */
    HostileRequest fresh() {
        if (body == null) {
            return this;
        }
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new HostileRequest(name, method, path, headers,
                bytes.replace(ValidRequests.UNIQUE, unique).getBytes(StandardCharsets.ISO_8859_1));
    }

    HostileRequest withHeader(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new HostileRequest(name, method, path, more, body);
    }

    HostileRequest withoutHeader(String header) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(header);
        return new HostileRequest(name, method, path, fewer, body);
    }

    @Override
    public String toString() {
        return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " [" + name + "]";
    }
}
