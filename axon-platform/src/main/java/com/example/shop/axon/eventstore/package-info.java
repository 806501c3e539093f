/** Axon's event store, tokens and error handling on PostgreSQL, the same in every service. */
package com.example.shop.axon.eventstore;
