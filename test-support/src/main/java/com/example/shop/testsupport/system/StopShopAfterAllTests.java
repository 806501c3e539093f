package com.example.shop.testsupport.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Stops the shop's services once the last test class of the run has finished, while PostgreSQL still runs. */
public class StopShopAfterAllTests implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes what it holds when the whole test plan is done.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StopShopAfterAllTests.class, key -> (AutoCloseable) ShopSystem::stopIfRunning);
    }
}
