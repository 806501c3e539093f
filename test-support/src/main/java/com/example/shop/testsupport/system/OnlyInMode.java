package com.example.shop.testsupport.system;

import com.example.shop.testsupport.RunMode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole-system case that has a meaning in one run mode only; in the other it is skipped with one line that says
 * why (say, a late commit in PostgreSQL's event table, which Axon Server does not have).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnlyInMode {

    RunMode value();

    /** Why the case means nothing in the other mode. */
    String why();
}
