/** The gateway: the single entry point of the shop, which routes, authenticates and owns user accounts. */
package com.example.shop.gateway;
