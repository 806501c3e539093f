/**
 * Stands in for the gateway's token issuing until the gateway exists: one RSA key pair kept in
 * {@code .run/keys/}, whose public half the services trust, and an admin token signed with it.
 */
package com.example.shop.localrun.token;
