package com.example.shop.localrun;

import com.example.shop.localrun.lifecycle.StartupFailure;

import java.time.Duration;
import java.util.Map;

/**
 * What a developer can change from the environment without touching code.
 *
 * @param postgresPort   where the embedded PostgreSQL listens; another port lets it run beside a system one
 * @param mongoPort      where the embedded MongoDB-protocol server listens
 * @param startupTimeout how long one service may take to become healthy
 */
record Settings(int postgresPort, int mongoPort, Duration startupTimeout) {

    static final String POSTGRES_PORT = "LOCAL_POSTGRES_PORT";
    static final String MONGO_PORT = "LOCAL_MONGO_PORT";
    static final String STARTUP_TIMEOUT = "LOCAL_STARTUP_TIMEOUT";

    static Settings from(Map<String, String> environment) {
        return new Settings(number(environment, POSTGRES_PORT, 5432), number(environment, MONGO_PORT, 27017),
                Duration.ofSeconds(number(environment, STARTUP_TIMEOUT, 120)));
    }

    static String usage() {
        return """
                Usage: ./run.sh    (or: java -jar local-run/target/local-run.jar)

                Starts PostgreSQL, a MongoDB-protocol server and every service of the shop on this machine;
                Ctrl-C stops all of them. State is kept in .run/ at the repository root: delete it to start clean.

                Environment:
                  LOCAL_POSTGRES_PORT    port of the embedded PostgreSQL (default 5432)
                  POSTGRES_URL           use this database (a JDBC URL) instead of starting PostgreSQL;
                                         POSTGRES_USER and POSTGRES_PASSWORD go with it (default shop/shop)
                  LOCAL_MONGO_PORT       port of the embedded MongoDB-protocol server (default 27017)
                  MONGODB_URI            use this MongoDB instead of starting one
                  MAIL_HOST, MAIL_PORT   the SMTP server notification-handler sends e-mail through; without
                                         MAIL_HOST it writes each e-mail to its log instead
                  LOCAL_STARTUP_TIMEOUT  seconds one service may take to become healthy (default 120)
                System property:
                  -Dshop.home=<path>     the repository root, when not started from inside the clone
                """;
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new StartupFailure(name + "=" + value + " is not a positive whole number.");
        }
    }
}
