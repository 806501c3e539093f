/** Stock per product: reservations for orders, and the invariant that nothing is ever oversold. */
package com.example.shop.command.inventory;
