package com.example.shop.gateway.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** How passwords are hashed, and how much of the machine hashing may take. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /**
     * Argon2id with OWASP's recommended minimum (19 MiB of memory, 2 iterations, parallelism 1; 16-byte salt,
     * 32-byte hash). Argon2id is OWASP's first choice because it is memory-hard: guessing on GPUs costs memory,
     * not only time. The parameters are part of every stored hash, so raising them later only needs new values
     * here: older hashes are upgraded at the next successful login. It runs on a bounded pool
     * ({@link BoundedPasswordEncoder}).
     */
    @Bean(destroyMethod = "close")
    BoundedPasswordEncoder passwordEncoder(HashingProperties properties) {
        return new BoundedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                properties.effectiveThreads(), properties.queue());
    }
}
