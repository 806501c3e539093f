package com.example.shop.gateway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator made at start-up ({@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD}); none when the e-mail is empty.
 */
@ConfigurationProperties("shop.accounts.admin")
record AdministratorProperties(String email, String password, String name) {
}
