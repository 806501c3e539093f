/** Which service answers which call: writes to command-side, reads to query-side, notifications to theirs. */
package com.example.shop.gateway.routing;
