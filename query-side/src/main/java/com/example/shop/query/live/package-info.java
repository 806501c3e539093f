/**
 * Orders that somebody is watching: a stream of Server-Sent Events per order that tells of each change of the
 * order and its story, so that a page follows an order without asking again and again.
 */
package com.example.shop.query.live;
