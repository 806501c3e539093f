/** Which role each of command-side's routes needs; tokens are verified by the service platform. */
package com.example.shop.command.security;
