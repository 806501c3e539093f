/** command-side: decides on commands for products, stock and orders, and drives orders to an outcome. */
package com.example.shop.command;
