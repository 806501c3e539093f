/** Where a confirmed order's CPU time goes: each process of the system, read from /proc during a saturation run. */
package com.example.shop.benchmarks.cpu;
