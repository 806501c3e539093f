package com.example.shop.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be.
 *
 * @param accounts the gateway's own calls (sign-up, login, roles): a few short fields, so anything big is an attack
 * @param proxied  calls forwarded to the services, such as an order with many lines
 */
@ConfigurationProperties("shop.web.max-body-size")
record BodyLimitProperties(DataSize accounts, DataSize proxied) {
}
