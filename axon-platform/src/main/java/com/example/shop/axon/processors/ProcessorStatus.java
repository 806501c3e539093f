package com.example.shop.axon.processors;

import java.util.List;

/**
 * Where an event processor of this service stands, as this instance sees it.
 *
 * @param status    RUNNING, ERROR (retrying a failed batch), STOPPED, or IDLE (running, but another instance holds
 *                  every segment)
 * @param replaying whether it is handling events again after a reset
 * @param position  the lowest position among the segments this instance works on, -1 before the first event
 * @param lag       how many positions that is behind the end of the event log
 * @param segments  the segments this instance works on
 */
public record ProcessorStatus(String service, String name, String status, boolean replaying, long position,
                              long lag, List<Segment> segments) {

    /** One segment of a processor's work, and where it stands. */
    public record Segment(int id, long position, boolean error) {
    }
}
