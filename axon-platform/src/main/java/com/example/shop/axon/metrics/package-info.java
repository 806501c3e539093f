/** What every Axon component handles, as meters: a timer per payload type and outcome, and each processor's latency. */
package com.example.shop.axon.metrics;
