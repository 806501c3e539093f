/**
 * Checks the gateway's tokens wherever they arrive, reads the caller's roles from them, applies each application's
 * route rules, and answers 401/403 and refused paths as problem documents.
 */
package com.example.shop.web.security;
