package com.example.shop.gateway.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Stops the services started for the tests once the last test class of the run has finished. */
class StopServicesAfterAllTests implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes its resources when the whole test plan is done, while PostgreSQL still runs.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningServices.class, key -> (AutoCloseable) RunningServices::stop);
    }
}
