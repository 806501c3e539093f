package com.example.shop.command.support;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestTokens;
import com.example.shop.command.CommandSideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A command-side started and stopped by the test itself, on a database of the test's own, for tests about
 * what survives a stop: the process goes away, the database stays.
 */
public final class StandaloneCommandSide implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StandaloneCommandSide(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param extraSources configuration classes added to the application, for example a simulated fault
     * @param properties   extra {@code key=value} properties
     */
    public static StandaloneCommandSide start(String jdbcUrl, List<Class<?>> extraSources, String... properties) {
        List<Class<?>> sources = new ArrayList<>(List.of(CommandSideApplication.class));
        sources.addAll(extraSources);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--shop.security.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--shop.security.jwt.issuer=" + TestTokens.ISSUER));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new StandaloneCommandSide(new SpringApplicationBuilder(sources.toArray(Class[]::new))
                .run(args.toArray(String[]::new)));
    }

    public ShopApi api() {
        return new ShopApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ShopApi.Response get(String path) {
        return api().send("GET", path, null, null, java.util.Map.of());
    }

    public EventLog events() {
        return new EventLog(context.getBean(DataSource.class));
    }

    @Override
    public void close() {
        context.close();
    }
}
