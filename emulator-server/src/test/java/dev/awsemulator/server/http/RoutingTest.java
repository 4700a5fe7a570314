package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account, region and endpoint come from each request, as clients of every kind send them. */
class RoutingTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void twelveDigitAccessKeyIdIsTheAccountAndTheScopeGivesTheRegion() {
        try (SqsClient other = client("123456789012", Region.EU_WEST_1, aws.endpoint())) {
            String url = other.createQueue(b -> b.queueName("mine")).queueUrl();

            assertThat(url).isEqualTo(aws.endpoint() + "/123456789012/mine");
            assertThat(other.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()).containsEntry(QueueAttributeName.QUEUE_ARN, "arn:aws:sqs:eu-west-1:123456789012:mine");
        }
    }

    @Test
    void queuesAreSeparatePerAccountAndRegion() {
        aws.sqs().createQueue(b -> b.queueName("shared-name"));
        try (SqsClient otherRegion = client("test", Region.EU_WEST_1, aws.endpoint())) {
            assertThatThrownBy(() -> otherRegion.getQueueUrl(b -> b.queueName("shared-name")))
                    .isInstanceOf(QueueDoesNotExistException.class);
            assertThat(otherRegion.listQueues().queueUrls()).isEmpty();
        }
    }

    @Test
    void queueUrlsFollowTheHostTheClientUsed() {
        URI viaLocalhost = URI.create("http://localhost:" + aws.server().port());
        try (SqsClient client = client("test", Region.US_EAST_1, viaLocalhost)) {
            String url = client.createQueue(b -> b.queueName("by-host")).queueUrl();

            assertThat(url).isEqualTo(viaLocalhost + "/000000000000/by-host");
        }
    }

    @Test
    void anyUrlEndingInAccountAndNameReachesTheQueue() {
        aws.sqs().createQueue(b -> b.queueName("styled"));
        String localstackStyle = "http://sqs.us-east-1.localhost.localstack.cloud:4566/000000000000/styled";

        aws.sqs().sendMessage(b -> b.queueUrl(localstackStyle).messageBody("routed"));

        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(localstackStyle)).messages()).hasSize(1);
    }

    @Test
    void asyncClientForcedToHttp2PriorKnowledgeIsServedOnTheSamePort() throws Exception {
        try (SqsAsyncClient h2 = SqsAsyncClient.builder()
                .endpointOverride(aws.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2))
                .build()) {
            String url = h2.createQueue(b -> b.queueName("over-h2")).get(10, TimeUnit.SECONDS).queueUrl();
            h2.sendMessage(b -> b.queueUrl(url).messageBody("h2 body")).get(10, TimeUnit.SECONDS);

            assertThat(h2.receiveMessage(b -> b.queueUrl(url)).get(10, TimeUnit.SECONDS).messages())
                    .singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("h2 body"));
        }
    }

    private static SqsClient client(String accessKeyId, Region region, URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }
}
