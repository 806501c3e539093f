/** Verifies tokens at the edge and applies the same role rules as the services, before anything is forwarded. */
package com.example.shop.gateway.security;
