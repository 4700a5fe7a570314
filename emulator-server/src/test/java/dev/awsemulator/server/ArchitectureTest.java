package dev.awsemulator.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.awsemulator.server.testsupport.DoNotIncludeTestJars;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of docs/ARCHITECTURE.md, checked on the compiled classes of the core and the server. */
@AnalyzeClasses(packages = "dev.awsemulator",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final String ROOT = "dev.awsemulator";

    @ArchTest
    static final ArchRule coreKnowsNoHttpNoWireFormatNoSdk = noClasses()
            .that().resideInAPackage("dev.awsemulator.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..", "software.amazon..",
                    "com.amazonaws..", "java.net.http..", "dev.awsemulator.server..");

    @ArchTest
    static final ArchRule sqsKnowsNoSns = noClasses()
            .that().resideInAPackage("dev.awsemulator.core.sqs..")
            .should().dependOnClassesThat().resideInAPackage("dev.awsemulator.core.sns..");

    @ArchTest
    static final ArchRule snsReachesSqsOnlyThroughItsDeliveryPort = noClasses()
            .that().resideInAPackage("dev.awsemulator.core.sns..")
            .should().dependOnClassesThat().resideInAPackage("dev.awsemulator.core.sqs..");

    @ArchTest
    static final ArchRule codecsKnowNoService = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.protocol..")
            .should().dependOnClassesThat(ArchitectureRules.inAService(ROOT))
            .orShould().dependOnClassesThat().resideInAPackage("io.undertow..");

    @ArchTest
    static final ArchRule operationTablesKnowNoUndertow = noClasses()
            .that(ArchitectureRules.inAServiceOfTheServer(ROOT)).or().resideInAPackage("dev.awsemulator.server.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..",
                    "dev.awsemulator.server.http..");

    /**
     * The dashboard shows the sections the services' modules give it; it never speaks a wire protocol,
     * calls an operation or names a service.
     */
    @ArchTest
    static final ArchRule dashboardReadsTheEngineNotTheWire = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.awsemulator.server.protocol..",
                    "dev.awsemulator.server.api..")
            .orShould().dependOnClassesThat(ArchitectureRules.inAService(ROOT));

    @ArchTest
    static final ArchRule httpLayerKnowsNoServiceSemantics = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.http..")
            .should().dependOnClassesThat(ArchitectureRules.inAService(ROOT));

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.freeOfCycles(ROOT);

    /** SNS reaches SQS through a port the emulator wires; no service names another, in the core or the server. */
    @ArchTest
    static final ArchRule servicesKnowNoOtherService = ArchitectureRules.servicesKnowNoOtherService(ROOT);

    /** Routing, codecs, config, dashboard, persistence and the SPIs serve any service: adding one edits none of them. */
    @ArchTest
    static final ArchRule sharedPackagesKnowNoService = ArchitectureRules.sharedPackagesKnowNoService(ROOT);
}
