/** What the person at the terminal sees: progress lines, log tails on failure and the ready banner. */
package com.example.shop.localrun.console;
