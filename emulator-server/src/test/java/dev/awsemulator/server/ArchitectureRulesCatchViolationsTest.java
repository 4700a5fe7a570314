package dev.awsemulator.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link ArchitectureRules} fails on the fixture tree under {@code dev.awsemulator.archfixture},
 * which breaks it on purpose, so a rule that passes on the product passes because the product keeps it.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURE = "dev.awsemulator.archfixture";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aCycleBetweenPackagesIsFound() {
        EvaluationResult result = ArchitectureRules.freeOfCycles(FIXTURE).evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("FakeQueues", "FakeTopics");
    }

    @Test
    void aServiceUsingAnotherServicesClassIsFound() {
        EvaluationResult result = ArchitectureRules.servicesKnowNoOtherService(FIXTURE).evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("FakeTopics.deliver", "FakeQueues");
    }

    @Test
    void aSharedPackageNamingAServiceIsFound() {
        EvaluationResult result = ArchitectureRules.sharedPackagesKnowNoService(FIXTURE).evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("QueueAwareView", "FakeQueues");
    }

    @Test
    void packagesAreSortedIntoServicesSharedAndComposing() {
        assertThat(ArchitectureRules.serviceOf("dev.awsemulator", "dev.awsemulator.core.sqs.api")).isEqualTo("sqs");
        assertThat(ArchitectureRules.serviceOf("dev.awsemulator", "dev.awsemulator.server.kinesis")).isEqualTo("kinesis");
        assertThat(ArchitectureRules.serviceOf("dev.awsemulator", "dev.awsemulator.server.config")).isNull();
        assertThat(ArchitectureRules.serviceOf("dev.awsemulator", "dev.awsemulator.server.cli")).isNull();
        assertThat(ArchitectureRules.serviceOf("dev.awsemulator", "dev.awsemulator.core")).isNull();
    }
}
