package com.example.shop.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the gateway: features that do not cycle, storage kept inside accounts, an edge for HTTP, and of the
 * platform only the web part (its classes are analysed with the gateway's own, as they run in it).
 */
@AnalyzeClasses(packages = {"com.example.shop.gateway", "com.example.shop.web"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.example.shop.gateway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreOnlyAtTheEdge =
            noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule onlyAccountsTouchTheDatabase =
            noClasses().that().resideInAPackage("..gateway..").and().resideOutsideOfPackage("..gateway.account..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..",
                            "java.sql..");

    @ArchTest
    static final ArchRule storedAccountsNeverLeaveTheirPackage =
            classes().that().areAnnotatedWith(Entity.class).should().notBePublic();

    /** Tokens are signed from plain values: the token package knows nothing of how accounts are kept. */
    @ArchTest
    static final ArchRule tokensDoNotDependOnAccounts =
            noClasses().that().resideInAPackage("..gateway.token..")
                    .should().dependOnClassesThat().resideInAPackage("..gateway.account..");

    /**
     * Neither the gateway nor the platform part it uses brings Axon along, nor the part of the platform that is the
     * Axon services': the gateway routes and authenticates, nothing else.
     */
    @ArchTest
    static final ArchRule noAxon =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework..", "io.axoniq..", "com.example.shop.axon..");

    /** The web platform is the gateway's base, never the other way round. */
    @ArchTest
    static final ArchRule theWebPlatformKnowsNoApplication =
            noClasses().that().resideInAPackage("com.example.shop.web..")
                    .should().dependOnClassesThat().resideInAPackage("com.example.shop.gateway..");
}
