package com.example.shop.axon;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The Axon services' platform builds on the web platform and is used by the services, never the other way round. */
@AnalyzeClasses(packages = "com.example.shop.axon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule partsHaveNoCycles =
            slices().matching("com.example.shop.axon.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noApplication =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "com.example.shop.gateway..", "com.example.shop.command..", "com.example.shop.query..",
                    "com.example.shop.notification..");
}
