/** Counting attempts in a sliding window, and the 429 answer given to whoever goes past a limit. */
package com.example.shop.gateway.throttle;
