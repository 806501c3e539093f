package com.example.shop.query.support;

import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.TestTokens;

import java.nio.file.Path;
import java.util.Map;

/**
 * The real command-side, started once from its jar for the whole test run against the test PostgreSQL, so the
 * read models are fed with events exactly as command-side writes them.
 */
public final class RunningCommandSide {

    private static ServiceProcess process;

    private RunningCommandSide() {
    }

    public static synchronized ShopApi api() {
        if (process == null) {
            process = ServiceProcess.start("command-side",
                    Path.of(System.getProperty("shop.command-side.jar", "../command-side/target/command-side.jar")),
                    Map.of("POSTGRES_URL", "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres",
                            "POSTGRES_USER", "postgres",
                            "POSTGRES_PASSWORD", "postgres",
                            "JWT_PUBLIC_KEY_LOCATION", TestTokens.publicKeyLocation(),
                            "JWT_ISSUER", TestTokens.ISSUER));
            Runtime.getRuntime().addShutdownHook(new Thread(process::close));
        }
        return process.api();
    }
}
