/** Exchanges an e-mail and password for a token, and slows down whoever keeps guessing. */
package com.example.shop.gateway.login;
