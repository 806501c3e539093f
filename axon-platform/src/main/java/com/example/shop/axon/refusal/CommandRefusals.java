package com.example.shop.axon.refusal;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.web.problem.FailureAnswer;
import com.example.shop.web.problem.Problems;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

/**
 * A command handler's refusal reaches the caller as a {@link CommandExecutionException} whose details carry the
 * {@link ErrorCode} (locally and across Axon Server alike), however wrapped; it answers with that code's status and the handler's
 * words. A failure without a code stays unexpected.
 */
final class CommandRefusals implements FailureAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException refused) {
                return refused.getDetails()
                        .filter(ErrorCode.class::isInstance)
                        .map(ErrorCode.class::cast)
                        .map(code -> ResponseEntity.status(Problems.statusOf(code))
                                .body(Problems.of(Problems.statusOf(code), code, refused.getMessage())));
            }
        }
        return Optional.empty();
    }
}
