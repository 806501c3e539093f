package com.example.shop.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of command-side: features that do not cycle, a domain free of infrastructure, an edge for HTTP. */
@AnalyzeClasses(packages = "com.example.shop.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.example.shop.command.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesAndSagasKnowNothingOfWebOrStorage =
            noClasses().that().areAnnotatedWith(Aggregate.class).or().areAnnotatedWith(Saga.class)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                            "jakarta.persistence..", "org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule controllersAreOnlyAtTheEdge =
            noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule theDomainIsPackagePrivateExceptWhereAnotherFeatureNeedsIt =
            classes().that().areAnnotatedWith(Aggregate.class).and().doNotHaveSimpleName("Inventory")
                    .should().notBePublic();

    /** A service knows the message contract and the platform; never the gateway, nor another service. */
    @ArchTest
    static final ArchRule knowsNoOtherApplication =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "com.example.shop.gateway..", "com.example.shop.query..", "com.example.shop.notification..");
}
