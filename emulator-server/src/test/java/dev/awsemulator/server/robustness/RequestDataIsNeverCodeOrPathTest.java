package dev.awsemulator.server.robustness;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.awsemulator.server.ArchitectureRules;
import dev.awsemulator.server.testsupport.DoNotIncludeTestJars;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Nothing a request carries is ever run or opened: no class of the emulator starts processes or
 * scripts or loads classes by name, and the classes that handle requests (routing, codecs,
 * operation tables, service engines) touch no file system at all.
 */
@AnalyzeClasses(packages = "dev.awsemulator",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class RequestDataIsNeverCodeOrPathTest {

    @ArchTest
    static final ArchRule nothingIsExecuted = noClasses()
            .that().resideInAnyPackage("dev.awsemulator.core..", "dev.awsemulator.server..")
            .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .orShould().callMethod(Runtime.class, "exec", String.class)
            .orShould().callMethod(Class.class, "forName", String.class)
            .orShould().dependOnClassesThat().resideInAPackage("javax.script..");

    /** Routing, codecs and every service's packages, core and server, found by the rule that finds services. */
    @ArchTest
    static final ArchRule requestHandlingOpensNoFiles = noClasses()
            .that().resideInAnyPackage("dev.awsemulator.server.http..", "dev.awsemulator.server.protocol..",
                    "dev.awsemulator.server.api..")
            .or(ArchitectureRules.inAService("dev.awsemulator"))
            .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(File.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(FileInputStream.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(FileOutputStream.class.getName());
}
