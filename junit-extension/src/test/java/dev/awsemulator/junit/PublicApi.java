package dev.awsemulator.junit;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The emulator's public API, as the extension may use it: the core's {@code Emulator}, each core
 * package's public classes (service facades, options, read models, the clock, the service SPI) and their
 * {@code api} records; the server's {@code EmulatorServer}, its config files, its request journal and its
 * fault rules.
 * Routing, codecs, operation tables, the dashboard and the services' server packages are internals.
 */
final class PublicApi {

    private PublicApi() {
    }

    /** The extension's classes, under {@code root}, use the JDK, JUnit, the AWS SDK and the public API only. */
    static ArchRule extensionUsesOnlyThePublicApi(String root) {
        return classes().that().resideInAPackage(root + ".junit..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.junit..", "software.amazon..",
                        root + ".junit..",
                        root + ".core", root + ".core.*", root + ".core.*.api",
                        root + ".server", root + ".server.config", root + ".server.requests",
                        root + ".server.faults");
    }
}
