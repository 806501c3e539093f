package com.example.shop.query.deadletter;

import java.time.Instant;

/**
 * One event a read model could not handle, waiting to be retried.
 *
 * @param sequence     what its read model sequences by: an order's id, or a product's id for the catalog
 * @param index        its place in that sequence's queue, the first is retried first
 * @param eventType    the event's simple type name
 * @param eventId      the event's id
 * @param position     its position in the event log; -1 when unknown
 * @param causeType    the exception the handler failed with; none for an event that only queued up behind another
 * @param causeMessage what that exception said
 * @param enqueuedAt   when it was parked
 * @param lastTouched  when it was parked or last retried
 * @param retries      how many retries have failed
 */
public record ParkedEvent(String sequence, long index, String eventType, String eventId, long position,
                          String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                          long retries) {
}
