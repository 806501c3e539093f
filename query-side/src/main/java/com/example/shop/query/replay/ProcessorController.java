package com.example.shop.query.replay;

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

/** Admins watch the event processors and rebuild read models. */
@RestController
@RequestMapping("/api/admin/processors")
class ProcessorController {

    private final Replays replays;

    ProcessorController(Replays replays) {
        this.replays = replays;
    }

    @GetMapping
    List<ProcessorStatus> processors() {
        return replays.statuses();
    }

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
