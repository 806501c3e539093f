package com.example.shop.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Tells customers how their orders ended, by e-mail, and keeps a log of every notification. */
@SpringBootApplication
public class NotificationHandlerApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationHandlerApplication.class, args);
    }

    /** One clock for recording, claiming and back-off, so their times can be compared with each other. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
