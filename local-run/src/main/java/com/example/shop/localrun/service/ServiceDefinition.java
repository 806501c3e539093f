package com.example.shop.localrun.service;

import java.nio.file.Path;

/**
 * One service the launcher runs.
 *
 * @param name the service's name, for the console and the name of its log file
 * @param port the HTTP port it listens on; the launcher sets it, so the readiness check asks the right port
 * @param jar  its executable jar, relative to the repository root
 */
public record ServiceDefinition(String name, int port, Path jar) {

    public String url() {
        return "http://localhost:" + port;
    }

    public String healthUrl() {
        return url() + "/actuator/health";
    }
}
