package com.example.shop.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of query-side: read models that do not depend on each other, an edge for HTTP. */
@AnalyzeClasses(packages = "com.example.shop.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.example.shop.query.(*)..").should().beFreeOfCycles();

    /** Each read model can be rebuilt on its own only if no model reads another's storage. */
    @ArchTest
    static final ArchRule readModelsDoNotUseEachOther =
            slices().matching("com.example.shop.query.(order|catalog|timeline)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule controllersAreOnlyAtTheEdge =
            noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    /** A service knows the message contract and the platform; never the gateway, nor another service. */
    @ArchTest
    static final ArchRule knowsNoOtherApplication =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "com.example.shop.gateway..", "com.example.shop.command..", "com.example.shop.notification..");
}
