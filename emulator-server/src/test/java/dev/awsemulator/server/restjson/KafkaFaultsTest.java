package dev.awsemulator.server.restjson;

import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.ClusterInfo;
import software.amazon.awssdk.services.kafka.model.ConflictException;
import software.amazon.awssdk.services.kafka.model.DescribeClusterResponse;
import software.amazon.awssdk.services.kafka.model.ForbiddenException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fault rules over REST-JSON, on the MSK-like fake service and SDK v2's Kafka client: errors of the kafka model
 * with their statuses and {@code x-amzn-ErrorType}, a throttle the SDK outlasts, a delay on the virtual clock, a
 * dropped call, and a cut-off CreateCluster whose retry finds the cluster its first attempt made.
 */
class KafkaFaultsTest {

    private RestJsonServer server;
    private KafkaClient kafka;
    private KafkaClient withoutRetries;

    @BeforeEach
    void start() {
        server = RestJsonServer.start();
        kafka = server.configure(KafkaClient.builder()).build();
        withoutRetries = server.configure(KafkaClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @AfterEach
    void stop() {
        kafka.close();
        withoutRetries.close();
        server.close();
    }

    @Test
    void anInjectedErrorHasTheModelsStatusAndChangesNothing() {
        server.faults().add(Fault.on("kafka", "CreateCluster").fail("ForbiddenException", "Not in this account"));

        assertThatThrownBy(() -> createCluster(withoutRetries, "refused"))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ForbiddenException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Not in this account");
                });
        assertThat(kafka.listClusters(b -> { }).clusterInfoList()).isEmpty();
    }

    @Test
    void theSdksRetriesOutlastAThrottledCall() {
        FaultRule rule = server.faults().add(Fault.on("kafka", "CreateCluster").times(1)
                .fail("TooManyRequestsException"));

        createCluster(kafka, "throttled");

        assertThat(calls("CreateCluster")).extracting(HandledRequest::status, HandledRequest::errorCode,
                HandledRequest::faultRule).containsExactly(tuple(429, "TooManyRequestsException", rule.id()),
                tuple(200, null, null));
    }

    @Test
    void aDelayedCallIsAnsweredOnceTheVirtualClockPassesTheDelay() throws Exception {
        String arn = createCluster(kafka, "slow");
        FaultRule rule = server.faults().add(Fault.on("kafka", "DescribeCluster").delay(Duration.ofSeconds(30)));

        CompletableFuture<DescribeClusterResponse> describe = CompletableFuture.supplyAsync(() ->
                kafka.describeCluster(b -> b.clusterArn(arn)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rule.hits() == 0) {
            if (System.nanoTime() > deadline) {
                fail("the call never reached the emulator");
            }
            Thread.onSpinWait();
        }
        server.clock().advance(Duration.ofSeconds(30));

        assertThat(describe.get(10, TimeUnit.SECONDS).clusterInfo().clusterName()).isEqualTo("slow");
    }

    @Test
    void aDroppedCreateClusterNeverRanSoItsRetryCreatesTheOneCluster() {
        server.faults().add(Fault.on("kafka", "CreateCluster").times(1).dropConnection());

        createCluster(kafka, "once");

        assertThat(kafka.listClusters(b -> { }).clusterInfoList()).extracting(ClusterInfo::clusterName)
                .containsExactly("once");
    }

    @Test
    void aCreateClusterCutOffMidBodyRanSoItsRetryFindsTheClusterAlreadyThere() {
        server.faults().add(Fault.on("kafka", "CreateCluster").times(1).resetMidBody());

        assertThatThrownBy(() -> createCluster(kafka, "twice")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("A cluster named twice already exists.");
        assertThat(kafka.listClusters(b -> { }).clusterInfoList()).extracting(ClusterInfo::clusterName)
                .containsExactly("twice");
        assertThat(calls("CreateCluster")).extracting(HandledRequest::status).containsExactly(200, 409);
    }

    private static String createCluster(KafkaClient client, String name) {
        return client.createCluster(b -> b.clusterName(name).kafkaVersion("3.6.0").numberOfBrokerNodes(3)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.m5.large")
                        .clientSubnets("subnet-1").build())).clusterArn();
    }

    private List<HandledRequest> calls(String operation) {
        return server.journal().stream().filter(call -> call.operation().equals(operation)).toList();
    }
}
