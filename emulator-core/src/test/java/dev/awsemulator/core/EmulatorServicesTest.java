package dev.awsemulator.core;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator as a list of registered services: found by type, given their options and ports, driven together. */
class EmulatorServicesTest {

    private static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION,
            URI.create("http://localhost:4566"));

    @Test
    void eachServiceIsFoundByItsTypeAndTheConveniencesAreTheSameObjects() {
        try (Emulator emulator = Emulator.builder().clock(new ManualClock()).build()) {
            assertThat(emulator.services()).extracting(EmulatedService::name).containsExactly("sqs", "sns", "kinesis", "mq", "kafka");
            assertThat(emulator.service(SqsService.class)).isSameAs(emulator.sqs());
            assertThat(emulator.service(SnsService.class)).isSameAs(emulator.sns());
            assertThat(emulator.service(KinesisService.class)).isSameAs(emulator.kinesis());
            assertThatThrownBy(() -> emulator.service(Unregistered.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unregistered");
        }
    }

    @Test
    void optionsReachTheirServiceByType() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulator.builder().clock(clock).options(SqsOptions.RELAXED)
                .options(KinesisOptions.DEFAULTS.withTransitionDelay(Duration.ofSeconds(5))).build()) {
            String url = emulator.sqs().createQueue(CALLER, new CreateQueueRequest("q", null, null)).queueUrl();
            emulator.sqs().purgeQueue(CALLER, new QueueUrlRequest(url));
            emulator.sqs().purgeQueue(CALLER, new QueueUrlRequest(url));

            emulator.kinesis().createStream(CALLER, new CreateStreamRequest("s", 1, null, null, null, null));
            assertThat(emulator.kinesis().overview(0)).singleElement()
                    .satisfies(stream -> assertThat(stream.status()).isEqualTo("CREATING"));
        }
    }

    @Test
    void aPortBoundByTheBuilderIsKeptWhenAHostOffersItsOwn() {
        List<URI> posted = new ArrayList<>();
        HttpDelivery bound = (endpoint, headers, body) -> {
            posted.add(endpoint);
            return CompletableFuture.completedFuture(200);
        };
        try (Emulator emulator = Emulator.builder().clock(new ManualClock()).httpDelivery(bound).build()) {
            boolean taken = emulator.offer(HttpDelivery.class, (endpoint, headers, body) -> {
                throw new AssertionError("the offered port replaced the bound one");
            });
            subscribeAnHttpEndpoint(emulator);

            assertThat(taken).isFalse();
            assertThat(posted).containsExactly(URI.create("http://subscriber.example/hook"));
        }
    }

    @Test
    void aPortOfferedAfterTheServicesWereMadeIsUsedByThem() {
        List<URI> posted = new ArrayList<>();
        try (Emulator emulator = Emulator.builder().clock(new ManualClock()).build()) {
            boolean taken = emulator.offer(HttpDelivery.class, (endpoint, headers, body) -> {
                posted.add(endpoint);
                return CompletableFuture.completedFuture(200);
            });
            subscribeAnHttpEndpoint(emulator);

            assertThat(taken).isTrue();
            assertThat(posted).containsExactly(URI.create("http://subscriber.example/hook"));
        }
    }

    @Test
    void resetEmptiesEveryServiceAndAccountDeletionEveryServiceOfThatAccountOnly() {
        Caller other = new Caller("123456789012", Caller.DEFAULT_REGION, CALLER.endpoint());
        try (Emulator emulator = Emulator.builder().clock(new ManualClock()).build()) {
            emulator.sqs().createQueue(CALLER, new CreateQueueRequest("mine", null, null));
            emulator.sqs().createQueue(other, new CreateQueueRequest("theirs", null, null));
            emulator.sns().createTopic(other, new CreateTopicRequest("theirs", null, null, null));

            emulator.deleteAccount("123456789012");

            assertThat(emulator.sqs().overview()).singleElement()
                    .satisfies(queue -> assertThat(queue.arn()).endsWith(":000000000000:mine"));
            assertThat(emulator.sns().overview()).isEmpty();

            emulator.reset();

            assertThat(emulator.sqs().overview()).isEmpty();
        }
    }

    /** Subscribing an HTTP endpoint sends it a SubscriptionConfirmation through the HTTP delivery port. */
    private static void subscribeAnHttpEndpoint(Emulator emulator) {
        String topic = emulator.sns().createTopic(CALLER, new CreateTopicRequest("t", null, null, null)).topicArn();
        emulator.sns().subscribe(CALLER, new SubscribeRequest(topic, "http", "http://subscriber.example/hook", Map.of(),
                false));
    }

    /** A service no emulator registers. */
    private interface Unregistered extends EmulatedService {
    }
}
