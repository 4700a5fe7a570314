package dev.awsemulator.server;

import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

class DevServerIT {

    @Test
    void theJarServesSqsAndStopsCleanlyOnSigterm() throws Exception {
        try (DevServerProcess server = DevServerProcess.start()) {
            try (SqsClient sqs = SqsClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build()) {
                String url = sqs.createQueue(r -> r.queueName("from-the-jar")).queueUrl();
                assertThat(url).isEqualTo(server.endpoint() + "/000000000000/from-the-jar");
            }

            // 128 + SIGTERM: the JVM's own exit code once the shutdown hook has closed the server.
            assertThat(server.stop()).isEqualTo(143);
        }
    }

    @Test
    void aBadOptionExitsWithCodeTwoAndSaysWhy() throws Exception {
        DevServerProcess.Finished finished = DevServerProcess.run("--port", "http");

        assertThat(finished.exitCode()).isEqualTo(2);
        assertThat(finished.output()).contains("--port must be a number from 0 to 65535, not http");
    }
}
