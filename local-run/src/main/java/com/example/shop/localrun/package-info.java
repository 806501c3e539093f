/**
 * local-run: starts PostgreSQL, MongoDB and every service of the shop on this machine, each as its own process, and
 * stops all of them again on Ctrl-C. Started by {@code ./run.sh} at the repository root.
 */
package com.example.shop.localrun;
