/** The order timeline in PostgreSQL: every step of an order's process, told in words, in event log order. */
package com.example.shop.query.timeline;
