package com.example.shop.web.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Answers the requests Tomcat refuses before any Spring code runs (an encoded slash or a NUL in the path, a
 * control character in a header) with the same kind of problem document as every other error, instead of
 * Tomcat's HTML page. Installed in place of Tomcat's error report valve.
 */
public class ProtocolErrorProblems extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean clientError = status < 500;
        String body = """
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s","code":"%s"}""".formatted(
                clientError ? "Bad Request" : "Internal Server Error", status,
                clientError ? "the request is not valid HTTP or its path or headers hold forbidden characters"
                        : "an unexpected error occurred",
                clientError ? "MALFORMED_REQUEST" : "INTERNAL_ERROR");
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is already gone or the answer already begun: nothing more can be said.
        }
    }
}
