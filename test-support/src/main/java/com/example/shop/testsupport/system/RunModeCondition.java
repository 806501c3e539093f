package com.example.shop.testsupport.system;

import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.TestAxonServer;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a whole-system test class runs in this JVM's mode. A class that is skipped says so in one line
 * of the build's output, not only in the test report, so that a mode that did not run is never taken for one that
 * passed.
 */
class RunModeCondition implements ExecutionCondition {

    private static final Set<String> SAID = new HashSet<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        RunMode mode = RunMode.current();
        String testClass = context.getRequiredTestClass().getSimpleName();
        Optional<OnlyInMode> only = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OnlyInMode.class);
        if (only.isPresent() && only.get().value() != mode) {
            return skipped(testClass + " skipped in " + mode.label() + " mode: " + only.get().why());
        }
        if (mode == RunMode.AXONSERVER) {
            Optional<String> unavailable = TestAxonServer.whyUnavailable();
            if (unavailable.isPresent()) {
                return skipped("axonserver mode skipped: " + unavailable.get());
            }
        }
        return ConditionEvaluationResult.enabled("runs in " + mode.label() + " mode");
    }

    private static synchronized ConditionEvaluationResult skipped(String reason) {
        // One line per reason: with no Axon Server, every class of the mode would otherwise repeat it.
        if (SAID.add(reason)) {
            System.out.println("[shop] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
