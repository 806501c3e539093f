package com.example.shop.query.deadletter;

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

/** Admins see which events the read models have parked, and retry them once the cause is fixed. */
@Tag(name = ApiTags.OPERATIONS)
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(operationId = "listDeadLetters", summary = "Events parked in dead-letter queues",
            description = "Per processor, the events it could not handle, with the error, so that an admin can "
                    + "fix the cause and retry them.")
    @ApiResponse(responseCode = "200", description = "The parked events of every processor")
    @GetMapping
    List<ParkedEvents> parked() {
        return deadLetters.all();
    }

    @Operation(operationId = "retryDeadLetters", summary = "Handle a processor's parked events again",
            description = "Tries every parked sequence of the processor once more; what succeeds leaves the queue.")
    @ApiResponse(responseCode = "200", description = "How many sequences were retried, and how many are left")
    @Refusals(ErrorCode.READ_MODEL_NOT_FOUND)
    @PostMapping("/{name}/retry")
    RetryOutcome retry(@PathVariable String name) {
        return deadLetters.retry(name);
    }

    @ExceptionHandler(DeadLetters.UnknownProcessor.class)
    ResponseEntity<ProblemDetail> unknown(DeadLetters.UnknownProcessor e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.READ_MODEL_NOT_FOUND, e.getMessage()));
    }
}
