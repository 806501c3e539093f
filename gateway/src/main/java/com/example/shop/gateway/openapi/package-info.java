/** One OpenAPI document and Swagger UI for the whole shop, gathered from every service at the gateway. */
package com.example.shop.gateway.openapi;
