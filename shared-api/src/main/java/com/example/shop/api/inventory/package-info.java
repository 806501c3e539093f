/** Stock per product: what is on hand, what is held for orders, and the rule that nothing is oversold. */
package com.example.shop.api.inventory;
