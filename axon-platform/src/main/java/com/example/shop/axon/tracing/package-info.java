/** One trace per order across services: the trace context travels in Axon's message metadata. */
package com.example.shop.axon.tracing;
