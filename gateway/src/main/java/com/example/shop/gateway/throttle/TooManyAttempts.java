package com.example.shop.gateway.throttle;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

/** The answer to a caller past a limit: 429, when to come back in whole seconds, and what was refused. */
public final class TooManyAttempts {

    private TooManyAttempts() {
    }

    /** @param what the attempts that were too many, as the detail names them ("failed logins", "sign-ups") */
    public static ResponseEntity<ProblemDetail> answer(Duration wait, String what) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_ATTEMPTS,
                        "too many " + what + "; try again in " + seconds + " seconds"));
    }
}
