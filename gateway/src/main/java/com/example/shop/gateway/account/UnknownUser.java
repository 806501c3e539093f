package com.example.shop.gateway.account;

import java.util.UUID;

/** No account has this id. */
class UnknownUser extends RuntimeException {

    UnknownUser(UUID id) {
        super("no user with id " + id);
    }
}
