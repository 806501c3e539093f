/**
 * {@code GET /api/admin/processors}: the event processors of every service in one list, gathered from each service
 * with the caller's token, so that an operator sees the saga and the e-mails next to the read models.
 */
package com.example.shop.gateway.processors;
