package com.example.shop.query.deadletter;

/**
 * What a retry of a processor's parked sequences achieved.
 *
 * @param processor   the processor retried
 * @param retried     how many sequences were tried
 * @param succeeded   how many were handled completely and left the queue
 * @param stillParked how many sequences are parked now (ones that failed again, and any parked meanwhile)
 */
public record RetryOutcome(String processor, long retried, long succeeded, long stillParked) {
}
