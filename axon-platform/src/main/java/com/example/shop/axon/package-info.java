/**
 * What the three Axon services do alike, on top of the web platform: Axon's state in PostgreSQL or on Axon Server,
 * their health, trace context carried in messages, event evolution, MongoDB health, and the answers to Axon's
 * refusals.
 */
package com.example.shop.axon;
