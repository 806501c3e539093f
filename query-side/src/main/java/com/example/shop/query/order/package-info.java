/** The orders read model in PostgreSQL: orders with their lines, for "my orders" and order details. */
package com.example.shop.query.order;
