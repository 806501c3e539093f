package com.example.shop.query.deadletter;

import java.util.List;

/**
 * What one processor has parked.
 *
 * @param processor the processor (and read model) name
 * @param sequences how many sequences are held back
 * @param events    every parked event, sequence by sequence, each in its order
 */
public record ParkedEvents(String processor, long sequences, List<ParkedEvent> events) {
}
