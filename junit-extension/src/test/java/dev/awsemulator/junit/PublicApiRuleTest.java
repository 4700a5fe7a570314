package dev.awsemulator.junit;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public-API rule fails on a fixture extension that reaches into the server's HTTP layer. */
class PublicApiRuleTest {

    @Test
    void anExtensionClassUsingAServerInternalIsFound() {
        EvaluationResult result = PublicApi.extensionUsesOnlyThePublicApi("dev.awsemulator.archfixture")
                .evaluate(new ClassFileImporter().importPackages("dev.awsemulator.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ReachesIntoTheServer", "server.http.InternalHandler");
    }
}
