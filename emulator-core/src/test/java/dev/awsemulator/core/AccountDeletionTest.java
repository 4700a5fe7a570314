package dev.awsemulator.core;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.ListStreamsRequest;
import dev.awsemulator.core.kinesis.api.PutRecordRequest;
import dev.awsemulator.core.sns.api.CreatePlatformApplicationRequest;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.NextTokenRequest;
import dev.awsemulator.core.sns.api.PublishRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.ListQueuesRequest;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import dev.awsemulator.core.testsupport.Restarts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting one account's resources leaves every other account as it was, in memory and on disk. */
class AccountDeletionTest {

    private static final URI ENDPOINT = URI.create("http://localhost:4566");
    private static final Caller GONE = new Caller("111111111111", "us-east-1", ENDPOINT);
    private static final Caller GONE_ELSEWHERE = new Caller("111111111111", "eu-west-1", ENDPOINT);
    private static final Caller KEPT = new Caller("222222222222", "us-east-1", ENDPOINT);

    @RegisterExtension
    final Restarts restarts = new Restarts();

    @BeforeEach
    void populate() {
        for (Caller caller : List.of(GONE, GONE_ELSEWHERE, KEPT)) {
            Emulator emulator = restarts.emulator();
            String queueUrl = emulator.sqs().createQueue(caller, new CreateQueueRequest("inbox", Map.of(), Map.of()))
                    .queueUrl();
            String topicArn = emulator.sns().createTopic(caller, new CreateTopicRequest("orders", Map.of(), List.of(),
                    null)).topicArn();
            emulator.sns().subscribe(caller, new SubscribeRequest(topicArn, "sqs",
                    "arn:aws:sqs:" + caller.region() + ":" + caller.accountId() + ":inbox", Map.of(), true));
            emulator.sns().publish(caller, new PublishRequest(topicArn, null, null, "an order", null, null, null, null,
                    null));
            emulator.sqs().sendMessage(caller, new SendMessageRequest(queueUrl, "direct", null, null, null, null, null));
            emulator.sns().platform().createPlatformApplication(caller, new CreatePlatformApplicationRequest("app",
                    "GCM", Map.of("PlatformCredential", "key")));
            emulator.kinesis().createStream(caller, new CreateStreamRequest("events", 1, null, null, null, null));
            emulator.kinesis().putRecord(caller, new PutRecordRequest("events",
                    "e".getBytes(StandardCharsets.UTF_8), "k", null, null, null));
        }
    }

    @Test
    void everyResourceOfTheAccountGoesInEveryRegionAndOtherAccountsKeepTheirs() {
        long eachAccountsShare = restarts.emulator().retainedMemory().used() / 3;

        restarts.emulator().deleteAccount(GONE.accountId());

        assertHoldsNothing(GONE);
        assertHoldsNothing(GONE_ELSEWHERE);
        assertHoldsEverything(KEPT);
        assertThat(restarts.emulator().sns().publishedMessages()).extracting(message -> message.target())
                .containsExactly("arn:aws:sns:us-east-1:222222222222:orders");
        assertThat(restarts.emulator().retainedMemory().used()).isPositive().isEqualTo(eachAccountsShare);
    }

    @Test
    void theDeletionIsJournaledSoAKilledProcessDoesNotBringTheAccountBack() {
        restarts.emulator().deleteAccount(GONE.accountId());

        restarts.killAndRestart();

        assertHoldsNothing(GONE);
        assertHoldsNothing(GONE_ELSEWHERE);
        assertHoldsEverything(KEPT);
    }

    /** A deleted queue's 60-second cooldown would only slow down whoever reuses the account. */
    @Test
    void aQueueNameOfTheDeletedAccountCanBeCreatedAgainAtOnce() {
        restarts.emulator().sqs().deleteQueue(GONE, new QueueUrlRequest(ENDPOINT + "/111111111111/inbox"));
        restarts.emulator().deleteAccount(GONE.accountId());

        restarts.emulator().sqs().createQueue(GONE, new CreateQueueRequest("inbox", Map.of(), Map.of()));

        assertThat(queues(GONE)).containsExactly(ENDPOINT + "/111111111111/inbox");
    }

    private void assertHoldsNothing(Caller caller) {
        Emulator emulator = restarts.emulator();
        assertThat(queues(caller)).isEmpty();
        assertThat(emulator.sqs().peek("arn:aws:sqs:" + caller.region() + ":" + caller.accountId() + ":inbox"))
                .isEmpty();
        assertThat(emulator.sns().listTopics(caller, new NextTokenRequest(null)).topics()).isEmpty();
        assertThat(emulator.sns().listSubscriptions(caller, new NextTokenRequest(null)).subscriptions()).isEmpty();
        assertThat(emulator.sns().platform().listPlatformApplications(caller, new NextTokenRequest(null))
                .platformApplications()).isEmpty();
        assertThat(emulator.kinesis().listStreams(caller, new ListStreamsRequest(null, null, null)).streamNames())
                .isEmpty();
    }

    private void assertHoldsEverything(Caller caller) {
        Emulator emulator = restarts.emulator();
        assertThat(queues(caller)).hasSize(1);
        assertThat(emulator.sqs().peek("arn:aws:sqs:us-east-1:" + caller.accountId() + ":inbox"))
                .extracting(message -> message.body()).contains("direct").hasSize(2);
        assertThat(emulator.sns().listTopics(caller, new NextTokenRequest(null)).topics()).hasSize(1);
        assertThat(emulator.sns().listSubscriptions(caller, new NextTokenRequest(null)).subscriptions()).hasSize(1);
        assertThat(emulator.kinesis().listStreams(caller, new ListStreamsRequest(null, null, null)).streamNames())
                .containsExactly("events");
    }

    private List<String> queues(Caller caller) {
        return restarts.emulator().sqs().listQueues(caller, new ListQueuesRequest(null, null, null)).queueUrls();
    }
}
