package com.example.shop.query.deadletter;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.Problems;
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
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<ParkedEvents> parked() {
        return deadLetters.all();
    }

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
