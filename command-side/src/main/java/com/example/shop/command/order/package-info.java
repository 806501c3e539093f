/** Orders: placing them with captured prices, idempotent retries, their outcomes and cancellation. */
package com.example.shop.command.order;
