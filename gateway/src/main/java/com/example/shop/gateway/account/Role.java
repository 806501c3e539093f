package com.example.shop.gateway.account;

/** What a user may do; the services read these names from the token's {@code roles} claim. */
enum Role {
    /** Places orders and reads their own. */
    USER,
    /** Manages the catalog, reads every order, manages users and read models. */
    ADMIN
}
