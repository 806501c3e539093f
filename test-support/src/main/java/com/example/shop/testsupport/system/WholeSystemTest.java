package com.example.shop.testsupport.system;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against the whole {@link ShopSystem}, in the run mode of its JVM: skipped, with one line
 * saying why, when that mode is {@code axonserver} and no Axon Server can be had; the services are stopped when
 * the last test class of the run has finished.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RunModeCondition.class, StopShopAfterAllTests.class})
public @interface WholeSystemTest {
}
