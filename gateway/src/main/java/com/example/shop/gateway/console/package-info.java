/**
 * The shop's web console: static pages served at {@code /} that call the same REST API as every other client, with
 * a strict Content-Security-Policy and caching that never serves a stale page after an upgrade.
 */
package com.example.shop.gateway.console;
