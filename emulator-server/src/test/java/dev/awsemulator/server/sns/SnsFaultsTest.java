package dev.awsemulator.server.sns;

import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchResultEntry;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.SubscriptionLimitExceededException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fault rules over SNS's Query protocol: a throttled Publish answered with the Query protocol's
 * {@code Throttling}, PublishBatch entries failed as SNS reports them while the others fan out, and a Publish
 * cut off mid-body, which was published although the SDK reports a failure it does not retry: SDK v2 reads a
 * Query answer through an XML parser, which turns the lost connection into a parse error.
 */
class SnsFaultsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private String topicArn;
    private SnsClient withoutRetries;

    @BeforeEach
    void topicWithAQueue() {
        topicArn = aws.sns().createTopic(b -> b.name("orders")).topicArn();
        aws.sqs().createQueue(b -> b.queueName("orders-copy"));
        aws.sns().subscribe(b -> b.topicArn(topicArn).protocol("sqs")
                .endpoint(EmulatorServerExtension.queueArn("orders-copy")).attributes(Map.of("RawMessageDelivery", "true")));
        withoutRetries = SnsClient.builder().endpointOverride(aws.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(EmulatorServerExtension.credentials()).httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @AfterEach
    void close() {
        withoutRetries.close();
    }

    @Test
    void aThrottledPublishIsAnsweredWithTheQueryProtocolsThrottlingAndPublishesNothing() {
        FaultRule rule = aws.faults().add(Fault.on("sns", "Publish").resource("orders").fail("Throttling"));

        assertThatThrownBy(() -> withoutRetries.publish(b -> b.topicArn(topicArn).message("o-1")))
                .isInstanceOfSatisfying(SnsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Throttling injected by fault rule " + rule.id() + ".");
                    assertThat(e.isThrottlingException()).isTrue();
                });
        assertThat(copies()).isEmpty();
    }

    @Test
    void anErrorOfSnsOwnModelHasItsQueryCodeAndStatus() {
        aws.faults().add(Fault.on("sns", "Subscribe").fail("SubscriptionLimitExceeded", "Too many"));

        assertThatThrownBy(() -> withoutRetries.subscribe(b -> b.topicArn(topicArn).protocol("sqs")
                .endpoint(EmulatorServerExtension.queueArn("orders-copy"))))
                .isInstanceOfSatisfying(SubscriptionLimitExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SubscriptionLimitExceeded");
                });
    }

    @Test
    void chosenPublishBatchEntriesFailAsSnsReportsThemAndTheOthersFanOut() {
        aws.faults().add(Fault.on("sns", "PublishBatch").failEntries("KMSThrottling", "a", "c"));

        PublishBatchResponse response = aws.sns().publishBatch(b -> b.topicArn(topicArn).publishBatchRequestEntries(
                List.of("a", "b", "c").stream().map(id -> PublishBatchRequestEntry.builder().id(id)
                        .message("message " + id).build()).toList()));

        assertThat(response.successful()).extracting(PublishBatchResultEntry::id).containsExactly("b");
        assertThat(response.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code,
                BatchResultErrorEntry::senderFault).containsExactlyInAnyOrder(tuple("a", "KMSThrottling", true),
                tuple("c", "KMSThrottling", true));
        assertThat(copies()).containsExactly("message b");
    }

    @Test
    void aPublishCutOffMidBodyWasPublishedThoughTheSdkReportsAFailureItDoesNotRetry() {
        aws.faults().add(Fault.on("sns", "Publish").times(1).resetMidBody());

        assertThatThrownBy(() -> aws.sns().publish(b -> b.topicArn(topicArn).message("o-1")))
                .isInstanceOf(SdkClientException.class).hasMessageContaining("SDK Attempt Count: 1")
                .rootCause().hasMessageContaining("Premature end of Content-Length delimited message body");

        assertThat(copies()).containsExactly("o-1");
    }

    private static List<String> copies() {
        return aws.server().emulator().sqs().peek(EmulatorServerExtension.queueArn("orders-copy")).stream()
                .map(PeekedMessage::body).toList();
    }
}
