package dev.awsemulator.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of ARCHITECTURE.md, checked on the compiled classes of the core and the server. */
@AnalyzeClasses(packages = "dev.awsemulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SERVICE_SEMANTICS = {"dev.awsemulator.core.sqs..", "dev.awsemulator.core.sns..",
        "dev.awsemulator.core.kinesis..", "dev.awsemulator.server.sqs..", "dev.awsemulator.server.sns..",
        "dev.awsemulator.server.kinesis.."};

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
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE_SEMANTICS)
            .orShould().dependOnClassesThat().resideInAPackage("io.undertow..");

    @ArchTest
    static final ArchRule operationTablesKnowNoUndertow = noClasses()
            .that().resideInAnyPackage("dev.awsemulator.server.sqs..", "dev.awsemulator.server.sns..",
                    "dev.awsemulator.server.kinesis..", "dev.awsemulator.server.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..",
                    "dev.awsemulator.server.http..");

    /** The dashboard reads the engine's inspection API; it never speaks a wire protocol or calls an operation. */
    @ArchTest
    static final ArchRule dashboardReadsTheEngineNotTheWire = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.awsemulator.server.protocol..",
                    "dev.awsemulator.server.sqs..", "dev.awsemulator.server.sns..", "dev.awsemulator.server.kinesis..",
                    "dev.awsemulator.server.api..");

    /** Operation tables and codecs depend one way: protocol on api, never api on protocol. */
    @ArchTest
    static final ArchRule serverPackagesAreFreeOfCycles = slices()
            .matching("dev.awsemulator.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule httpLayerKnowsNoServiceSemantics = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.http..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE_SEMANTICS);
}
