/** What one order costs PostgreSQL, and how fast PostgreSQL alone could do that work. */
package com.example.shop.benchmarks.floor;
