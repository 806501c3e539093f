package com.example.shop.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** Which request ids are kept as they come, and the new ones made for the rest. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    /**
     * Short, and only characters that are safe in a header, a log line and a URL: an id from a caller goes into
     * every log line, so anything else (newlines, quotes, control characters) could forge or break log entries.
     */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to pass on, otherwise a new random one. */
    static String acceptOrCreate(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
