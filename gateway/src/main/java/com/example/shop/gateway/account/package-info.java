/** User accounts in the gateway's own schema: sign-up, roles, and the administrator made at start-up. */
package com.example.shop.gateway.account;
