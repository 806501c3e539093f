/** The catalog: creating products with unique SKUs, changing and discontinuing them. */
package com.example.shop.command.product;
