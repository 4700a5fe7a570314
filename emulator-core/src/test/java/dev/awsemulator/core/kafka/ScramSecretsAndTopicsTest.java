package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kafka.api.BatchAssociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.BatchDisassociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.CreateTopicRequest;
import dev.awsemulator.core.kafka.api.DescribeTopicRequest;
import dev.awsemulator.core.kafka.api.ListScramSecretsRequest;
import dev.awsemulator.core.kafka.api.ListTopicsRequest;
import dev.awsemulator.core.kafka.api.TopicInfo;
import dev.awsemulator.core.kafka.api.UnprocessedScramSecret;
import dev.awsemulator.core.kafka.brokers.Listener;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static dev.awsemulator.core.kafka.KafkaFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SCRAM users registered with the emulator and given to brokers; topics through the brokers' admin API. */
class ScramSecretsAndTopicsTest {

    private final KafkaFixture fixture = new KafkaFixture();

    @Test
    void associatedSecretsBecomeTheBrokersScramUsersAndBadOnesComeBackUnprocessed() {
        String arn = fixture.kafka.createCluster(CALLER, KafkaFixture.withScram("scram")).clusterArn();
        String alice = fixture.kafka.registerScramSecret(CALLER, "AmazonMSK_alice", "alice", "alice-secret");
        String misnamed = fixture.kafka.registerScramSecret(CALLER, "bob", "bob", "bob-secret");
        String unknown = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_nobody-AbCdEf";

        var result = fixture.kafka.batchAssociateScramSecret(CALLER, new BatchAssociateScramSecretRequest(arn,
                List.of(alice, misnamed, unknown)));

        assertThat(alice).matches("arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_alice-[A-Za-z0-9]{6}");
        assertThat(result.unprocessedScramSecrets()).extracting(UnprocessedScramSecret::secretArn,
                UnprocessedScramSecret::errorCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(misnamed, "InvalidSecretName"),
                org.assertj.core.groups.Tuple.tuple(unknown, "SecretNotFound"));
        assertThat(fixture.runtime.users).last().isEqualTo(Map.of("alice", "alice-secret"));
        assertThat(fixture.runtime.started).singleElement().satisfies(spec ->
                assertThat(spec.listeners()).containsExactlyInAnyOrder(Listener.PLAINTEXT, Listener.TLS,
                        Listener.SASL_SCRAM));
        assertThat(fixture.kafka.listScramSecrets(CALLER, new ListScramSecretsRequest(arn, null, null))
                .secretArnList()).containsExactly(alice);

        fixture.kafka.batchDisassociateScramSecret(CALLER, new BatchDisassociateScramSecretRequest(arn, List.of(alice)));
        assertThat(fixture.runtime.users).last().isEqualTo(Map.of());
    }

    @Test
    void secretsNeedAClusterWithScramEnabled() {
        String arn = fixture.create("plain", 1);
        String alice = fixture.kafka.registerScramSecret(CALLER, "AmazonMSK_alice", "alice", "secret");

        refused(() -> fixture.kafka.batchAssociateScramSecret(CALLER, new BatchAssociateScramSecretRequest(arn,
                List.of(alice))), KafkaError.BAD_REQUEST, "SASL/SCRAM authentication is not enabled for the cluster."
                + " Enable it with UpdateSecurity first.");
    }

    @Test
    void topicsAreCreatedAndListedThroughTheBrokersWithTheirConfigsInBase64Json() {
        String arn = fixture.create("topics", 3);
        String configs = Base64.getEncoder().encodeToString("{\"cleanup.policy\":\"compact\"}"
                .getBytes(StandardCharsets.UTF_8));

        var created = fixture.kafka.createTopic(CALLER, new CreateTopicRequest(arn, "orders", 6, 3, configs))
                .toCompletableFuture().join();

        assertThat(created.topicArn()).isEqualTo(arn.replace(":cluster/", ":topic/") + "/orders");
        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(fixture.kafka.listTopics(CALLER, new ListTopicsRequest(arn, null, null, "ord"))
                .toCompletableFuture().join().topics()).extracting(TopicInfo::topicName, TopicInfo::partitionCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders", 6));
        assertThat(new String(Base64.getDecoder().decode(fixture.kafka.describeTopic(CALLER,
                new DescribeTopicRequest(arn, "orders")).toCompletableFuture().join().configs()), StandardCharsets.UTF_8))
                .isEqualTo("{\"cleanup.policy\":\"compact\"}");
        assertThatThrownBy(() -> fixture.kafka.createTopic(CALLER, new CreateTopicRequest(arn, "orders", 1, 1, null))
                .toCompletableFuture().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(AwsException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(KafkaError.TOPIC_EXISTS));
        refused(() -> fixture.kafka.createTopic(CALLER, new CreateTopicRequest(arn, "wide", 1, 4, null)),
                KafkaError.BAD_REQUEST, "The value 4 is not valid for replicationFactor. It must be between 1 and 3.");
        refused(() -> fixture.kafka.createTopic(CALLER, new CreateTopicRequest(arn, "bad/name", 1, 1, null)),
                KafkaError.BAD_REQUEST, "The topic name bad/name is not valid. Use 1 to 249 letters, digits, periods,"
                        + " underscores and hyphens.");
    }

    @Test
    void aClusterWhoseBrokersDoNotServeCannotBeAskedForTopics() {
        KafkaFixture held = new KafkaFixture(Duration.ZERO, new FakeBrokerRuntime().holdStarts());
        String arn = held.create("starting", 1);

        refused(() -> held.kafka.listTopics(CALLER, new ListTopicsRequest(arn, null, null, null)),
                KafkaError.CLUSTER_CONNECTIVITY, "The brokers of cluster " + arn + " can't be reached: the cluster is"
                        + " CREATING.");
    }
}
