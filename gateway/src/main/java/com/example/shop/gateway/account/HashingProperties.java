package com.example.shop.gateway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much password hashing may run at once.
 *
 * @param threads hashes computed at the same time; 0 means half the processors, at least one
 * @param queue   hashes waiting for a thread; past that, callers are refused at once with 503
 */
@ConfigurationProperties("shop.accounts.password-hashing")
record HashingProperties(int threads, int queue) {

    int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
