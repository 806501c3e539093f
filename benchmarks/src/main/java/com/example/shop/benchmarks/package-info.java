/** The benchmark command behind ./bench.sh: starts the whole system, measures it, writes the report. */
package com.example.shop.benchmarks;
