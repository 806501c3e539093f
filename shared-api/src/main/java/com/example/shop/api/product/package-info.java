/** The catalog: what the shop sells, at what price, and whether it can still be ordered. */
package com.example.shop.api.product;
