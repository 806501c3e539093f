/**
 * The notification log in MongoDB: one document per order outcome, which is both the outbox the sender works
 * from and the record customers and admins read through {@code GET /api/notifications}.
 */
package com.example.shop.notification.log;
