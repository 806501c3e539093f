package com.example.shop.notification.support;

import com.example.shop.notification.NotificationHandlerApplication;
import com.example.shop.notification.log.NotificationLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A notification-handler started and stopped by the test itself, for tests about what survives a stop: the
 * process goes away, PostgreSQL and MongoDB keep what it stored.
 */
public final class StandaloneNotificationHandler implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StandaloneNotificationHandler(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static StandaloneNotificationHandler start(Map<String, String> properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new StandaloneNotificationHandler(new SpringApplicationBuilder(NotificationHandlerApplication.class)
                .run(args.toArray(String[]::new)));
    }

    public EventFeed events() {
        return new EventFeed(context);
    }

    public NotificationLog notifications() {
        return context.getBean(NotificationLog.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
