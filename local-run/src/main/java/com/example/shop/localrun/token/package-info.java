/**
 * The administrator's token for the banner, got by logging in at the gateway like any client. The signing key is
 * the gateway's, kept in {@code .run/keys/}.
 */
package com.example.shop.localrun.token;
