/** What command-side adds to the platform's Axon storage: the saga store and persistent deadlines. */
package com.example.shop.command.axon;
