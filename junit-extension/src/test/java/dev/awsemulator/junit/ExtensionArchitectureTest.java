package dev.awsemulator.junit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The extension is a user of the emulator like any other: it reaches it through the public API only. */
@AnalyzeClasses(packages = "dev.awsemulator.junit", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtensionArchitectureTest {

    @ArchTest
    static final ArchRule extensionUsesOnlyThePublicApi = PublicApi.extensionUsesOnlyThePublicApi("dev.awsemulator");
}
