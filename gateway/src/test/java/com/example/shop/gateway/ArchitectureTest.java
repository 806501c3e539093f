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

/** The shape of the gateway: features that do not cycle, storage kept inside accounts, an edge for HTTP. */
@AnalyzeClasses(packages = "com.example.shop.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.example.shop.gateway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreOnlyAtTheEdge =
            noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule onlyAccountsTouchTheDatabase =
            noClasses().that().resideOutsideOfPackage("..gateway.account..")
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

    /** Neither the gateway nor anything it uses brings Axon along: it routes and authenticates, nothing else. */
    @ArchTest
    static final ArchRule noAxon =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.axonframework..");
}
