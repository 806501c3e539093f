package com.example.shop.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of notification-handler: features that do not cycle, an event handler that only records (the outbox
 * is what makes sending exactly-once), one owner for the mail server and one for the log's collection.
 */
@AnalyzeClasses(packages = "com.example.shop.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.example.shop.notification.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theEventHandlerNeverSendsMailItself =
            noClasses().that().resideInAPackage("..notification.outcome..")
                    .should().dependOnClassesThat().resideInAnyPackage("..notification.delivery..",
                            "org.springframework.mail..", "jakarta.mail..")
                    .orShould().dependOnClassesThat().haveSimpleName("Mailer");

    @ArchTest
    static final ArchRule onlyTheMailPackageTalksToTheMailServer =
            noClasses().that().resideOutsideOfPackage("..notification.mail..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..");

    @ArchTest
    static final ArchRule onlyTheLogTouchesMongoDb =
            noClasses().that().resideOutsideOfPackage("..notification.log..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..",
                            "com.mongodb..");

    @ArchTest
    static final ArchRule controllersAreOnlyAtTheEdge =
            noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class);

    /** A service knows the message contract and the platform; never the gateway, nor another service. */
    @ArchTest
    static final ArchRule knowsNoOtherApplication =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "com.example.shop.gateway..", "com.example.shop.command..", "com.example.shop.query..");
}
