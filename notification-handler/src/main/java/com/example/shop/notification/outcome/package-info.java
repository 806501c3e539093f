/**
 * Reacts to the outcome events of orders by recording one pending notification per outcome; sending is left
 * to the delivery package, so an event is never held up by a mail server.
 */
package com.example.shop.notification.outcome;
