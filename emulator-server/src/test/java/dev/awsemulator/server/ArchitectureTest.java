package dev.awsemulator.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of ARCHITECTURE.md, checked on the compiled classes of the core and the server. */
@AnalyzeClasses(packages = "dev.awsemulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoHttpNoWireFormatNoSdk = noClasses()
            .that().resideInAPackage("dev.awsemulator.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..", "software.amazon..",
                    "com.amazonaws..", "dev.awsemulator.server..");

    @ArchTest
    static final ArchRule codecsKnowNoService = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.awsemulator.core.sqs..",
                    "dev.awsemulator.server.sqs..", "io.undertow..");

    @ArchTest
    static final ArchRule operationTablesKnowNoUndertow = noClasses()
            .that().resideInAnyPackage("dev.awsemulator.server.sqs..", "dev.awsemulator.server.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..",
                    "dev.awsemulator.server.http..");

    @ArchTest
    static final ArchRule httpLayerKnowsNoQueueSemantics = noClasses()
            .that().resideInAPackage("dev.awsemulator.server.http..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.awsemulator.core.sqs..",
                    "dev.awsemulator.server.sqs..");
}
