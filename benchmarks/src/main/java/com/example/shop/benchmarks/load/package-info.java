/** Load on POST /api/orders: saturation (closed loop, flow-controlled) and fixed arrival rates (open loop). */
package com.example.shop.benchmarks.load;
