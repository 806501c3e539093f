package com.example.shop.gateway.account;

/** Another account already uses this e-mail address. */
class EmailTaken extends RuntimeException {

    EmailTaken(String email) {
        super("an account with e-mail " + email + " exists already");
    }
}
