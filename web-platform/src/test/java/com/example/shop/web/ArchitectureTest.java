package com.example.shop.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The web platform is what every web application of the shop shares, the gateway included: so it knows nothing of
 * Axon, of storage, of the Axon services' platform, or of any application.
 */
@AnalyzeClasses(packages = "com.example.shop.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule partsHaveNoCycles = slices().matching("com.example.shop.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noAxonAndNoStorage =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework..", "io.axoniq..", "com.example.shop.axon..", "org.springframework.jdbc..",
                    "org.springframework.data..", "jakarta.persistence..", "java.sql..", "com.mongodb..");

    @ArchTest
    static final ArchRule noApplication =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "com.example.shop.gateway..", "com.example.shop.command..", "com.example.shop.query..",
                    "com.example.shop.notification..");
}
