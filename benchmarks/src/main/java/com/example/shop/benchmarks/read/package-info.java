/** The read phase: what a storefront's visitors and customers read, through the gateway and straight to query-side. */
package com.example.shop.benchmarks.read;
