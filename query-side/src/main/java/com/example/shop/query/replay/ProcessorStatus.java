package com.example.shop.query.replay;

/**
 * Where an event processor stands.
 *
 * @param status    RUNNING, REPLAYING, ERROR (retrying a failed batch) or STOPPED
 * @param replaying whether its read model is being rebuilt (queries meanwhile read the previous generation)
 * @param position  the last event log position it has processed, -1 before the first
 * @param lag       how many positions it is behind the end of the event log
 * @param parked    how many events it has parked as dead letters, waiting for an admin's retry
 */
public record ProcessorStatus(String service, String name, String status, boolean replaying, long position,
                              long lag, long parked) {
}
