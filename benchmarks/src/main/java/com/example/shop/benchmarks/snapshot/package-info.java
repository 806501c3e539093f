/** Loading an aggregate with a long history, with and without a snapshot. */
package com.example.shop.benchmarks.snapshot;
