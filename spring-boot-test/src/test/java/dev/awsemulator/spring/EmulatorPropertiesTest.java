package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatorPropertiesTest {

    private static AwsEmulatorExtension aws;

    @BeforeAll
    static void start() {
        aws = AwsEmulatorExtension.builder().region("eu-west-1").start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void withNothingSetEveryEmulatedServiceRegionAndCredentialsPointAtTheEmulator() {
        MapPropertySource properties = EmulatorProperties.of(aws, new MockEnvironment(), getClass().getClassLoader());

        assertThat(properties.getSource()).containsOnlyKeys("spring.cloud.aws.sqs.endpoint",
                "spring.cloud.aws.sns.endpoint", "spring.cloud.aws.kinesis.endpoint", "spring.cloud.aws.region.static",
                "spring.cloud.aws.credentials.access-key", "spring.cloud.aws.credentials.secret-key");
        assertThat(properties.getProperty("spring.cloud.aws.sqs.endpoint")).isEqualTo(aws.endpoint().toString());
        assertThat(properties.getProperty("spring.cloud.aws.region.static")).isEqualTo("eu-west-1");
        assertThat(properties.getProperty("spring.cloud.aws.credentials.access-key")).isEqualTo(aws.accountId());
    }

    @Test
    void whatTheUserSetIsLeftOut() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.cloud.aws.sns.endpoint", "http://localhost:4575")
                .withProperty("spring.cloud.aws.region.static", "us-west-2")
                .withProperty("spring.cloud.aws.credentials.secret-key", "mine");

        MapPropertySource properties = EmulatorProperties.of(aws, environment, getClass().getClassLoader());

        assertThat(properties.getSource()).containsOnlyKeys("spring.cloud.aws.sqs.endpoint",
                "spring.cloud.aws.kinesis.endpoint");
    }

    @Test
    void aGlobalEndpointTheUserSetKeepsEveryServiceThere() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.cloud.aws.endpoint", "http://localhost:4566");

        MapPropertySource properties = EmulatorProperties.of(aws, environment, getClass().getClassLoader());

        assertThat(properties.getSource()).doesNotContainKeys("spring.cloud.aws.sqs.endpoint",
                "spring.cloud.aws.sns.endpoint", "spring.cloud.aws.kinesis.endpoint");
    }
}
