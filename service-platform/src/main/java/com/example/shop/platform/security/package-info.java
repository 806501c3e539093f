/** Verifies the gateway's tokens in every service and answers 401/403 as problem documents. */
package com.example.shop.platform.security;
