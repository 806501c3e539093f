/** The key that signs tokens, the tokens themselves, and the JWKS that lets every service verify them. */
package com.example.shop.gateway.token;
