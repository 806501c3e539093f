package com.example.shop.gateway.processors;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One event processor of one service, as the gateway lists them.
 *
 * @param status      RUNNING, REPLAYING, ERROR (retrying a failed batch), STOPPED, IDLE (another instance holds
 *                    every segment), or UNREACHABLE (the service did not answer; the fields it would know are null)
 * @param position    the last event log position it has handled, -1 before the first
 * @param lag         how many positions it is behind the end of the event log
 * @param parked      how many events a read model has parked as dead letters (read models only)
 * @param segments    the segments the answering instance works on (all but the read models)
 * @param rebuildable whether POST /api/admin/processors/{name}/replay rebuilds it: a read model's can be, the
 *                    saga's and the e-mails' never (they would act again)
 */
@Schema(example = """
        {"service": "query-side", "name": "orders", "status": "RUNNING", "replaying": false, "position": 41,
         "lag": 0, "parked": 0, "rebuildable": true}""")
public record ServiceProcessor(String service, @Schema(nullable = true) String name, String status,
                               boolean replaying, @Schema(nullable = true) Long position,
                               @Schema(nullable = true) Long lag, @Schema(nullable = true) Long parked,
                               @Schema(nullable = true) List<ProcessorSegment> segments, boolean rebuildable,
                               @Schema(nullable = true) String detail) {

    /** A segment of the processor's work in the answering instance. */
    public record ProcessorSegment(int id, long position, boolean error) {
    }

    /** As listed: under the name of the service that answered, and whether a replay may rebuild it. */
    ServiceProcessor answeredBy(String answeringService, boolean canBeRebuilt) {
        return new ServiceProcessor(answeringService, name, status, replaying, position, lag, parked, segments,
                canBeRebuilt, detail);
    }

    static ServiceProcessor unreachable(String service) {
        return new ServiceProcessor(service, null, "UNREACHABLE", false, null, null, null, null, false,
                "the service did not answer");
    }
}
