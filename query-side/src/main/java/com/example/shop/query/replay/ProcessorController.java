package com.example.shop.query.replay;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Admins watch the event processors and rebuild read models. */
@Tag(name = ApiTags.OPERATIONS)
@RestController
@RequestMapping("/api/admin/processors")
class ProcessorController {

    private final Replays replays;

    ProcessorController(Replays replays) {
        this.replays = replays;
    }

    @Operation(operationId = "listProcessors", summary = "The read models and their processors",
            description = "For each read model: where its processor stands in the event log, and the progress of "
                    + "a replay that is rebuilding it.")
    @ApiResponse(responseCode = "200", description = "Every read model's processor")
    @GetMapping
    List<ProcessorStatus> processors() {
        return replays.statuses();
    }

    @Operation(operationId = "replayReadModel", summary = "Rebuild a read model from the event log",
            description = "Starts rebuilding the read model as a new generation; queries keep answering from the "
                    + "current one until the rebuild has caught up. Follow it with GET /api/admin/processors. "
                    + "No e-mail is sent again.")
    @ApiResponse(responseCode = "202", description = "The rebuild has started")
    @Refusals({ErrorCode.READ_MODEL_NOT_FOUND, ErrorCode.REPLAY_IN_PROGRESS})
    @PostMapping("/{name}/replay")
    ResponseEntity<Void> replay(@PathVariable String name) {
        replays.replay(name);
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(Replays.UnknownReadModel.class)
    ResponseEntity<ProblemDetail> unknown(Replays.UnknownReadModel e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.READ_MODEL_NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(Replays.AlreadyReplaying.class)
    ResponseEntity<ProblemDetail> busy(Replays.AlreadyReplaying e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, ErrorCode.REPLAY_IN_PROGRESS, e.getMessage()));
    }
}
