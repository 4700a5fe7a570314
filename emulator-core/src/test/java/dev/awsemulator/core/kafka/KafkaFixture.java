package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.api.BrokerNodeGroupInfo;
import dev.awsemulator.core.kafka.api.ClientAuthentication;
import dev.awsemulator.core.kafka.api.CreateClusterRequest;
import dev.awsemulator.core.kafka.api.DescribeClusterV2Request;
import dev.awsemulator.core.kafka.api.EncryptionInTransit;
import dev.awsemulator.core.kafka.api.EncryptionInfo;
import dev.awsemulator.core.kafka.api.Sasl;
import dev.awsemulator.core.kafka.api.Scram;
import dev.awsemulator.core.kafka.api.Unauthenticated;
import dev.awsemulator.core.persistence.ServiceStorages;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.RuntimeLibraries;
import dev.awsemulator.core.time.ManualClock;
import org.assertj.core.api.ThrowableAssert;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An MSK on a manual clock whose brokers a {@link FakeBrokerRuntime} runs, and requests tests make often. */
final class KafkaFixture {

    static final Caller CALLER = new Caller("123456789012", "eu-west-1", URI.create("http://localhost:4566"));
    static final List<String> SUBNETS = List.of("subnet-a", "subnet-b", "subnet-c");

    final ManualClock clock = new ManualClock();
    final FakeBrokerRuntime runtime;
    final KafkaService kafka;

    KafkaFixture() {
        this(Duration.ZERO, new FakeBrokerRuntime());
    }

    /** In memory: the fake runtime writes no file, so the storage's temporary directory is never made. */
    KafkaFixture(Duration transitionDelay, FakeBrokerRuntime runtime) {
        this.runtime = runtime;
        this.kafka = new KafkaService(clock, KafkaOptions.DEFAULTS.withTransitionDelay(transitionDelay),
                StateJournal.NONE, new ServiceStorages(null).of("kafka"), () -> runtime,
                () -> RuntimeLibraries.CLASS_PATH);
    }

    static CreateClusterRequest provisioned(String name, int brokers) {
        return new CreateClusterRequest(new BrokerNodeGroupInfo(null, SUBNETS.subList(0, Math.min(3, brokers)),
                "kafka.m5.large", List.of("sg-1"), null, null, null), null, null, name, null, null, null, null,
                "3.6.0", null, brokers, Map.of("team", "orders"), null);
    }

    /** Plaintext and TLS for unauthenticated clients, SASL/SCRAM too. */
    static CreateClusterRequest withScram(String name) {
        CreateClusterRequest plain = provisioned(name, 1);
        return new CreateClusterRequest(plain.brokerNodeGroupInfo(), null,
                new ClientAuthentication(new Sasl(new Scram(true), null), null, new Unauthenticated(true)), name, null,
                new EncryptionInfo(null, new EncryptionInTransit("TLS_PLAINTEXT", true)), null, null, "3.6.0", null, 1,
                null, null);
    }

    String create(String name, int brokers) {
        return kafka.createCluster(CALLER, provisioned(name, brokers)).clusterArn();
    }

    String state(String arn) {
        return kafka.describeClusterV2(CALLER, new DescribeClusterV2Request(arn)).clusterInfo().state();
    }

    String version(String arn) {
        return kafka.describeClusterV2(CALLER, new DescribeClusterV2Request(arn)).clusterInfo().currentVersion();
    }

    /** The call fails with this MSK error and message. */
    static void refused(ThrowableAssert.ThrowingCallable call, KafkaError error, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(error);
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
