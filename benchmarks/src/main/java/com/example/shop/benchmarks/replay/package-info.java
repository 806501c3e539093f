/** Rebuilding read models through query-side's replay. */
package com.example.shop.benchmarks.replay;
