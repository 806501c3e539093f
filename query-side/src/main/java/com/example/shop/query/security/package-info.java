/** Which role each of query-side's routes needs; tokens are verified by the service platform. */
package com.example.shop.query.security;
