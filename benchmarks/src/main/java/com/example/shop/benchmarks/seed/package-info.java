/** Millions of realistic stored events, cloned from real ones, for replay and growth figures. */
package com.example.shop.benchmarks.seed;
