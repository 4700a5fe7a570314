package dev.awsemulator.server.kafka;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.assertj.core.api.ThrowableAssert;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.CreateClusterRequest;
import software.amazon.awssdk.services.kafka.model.KafkaException;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's {@link KafkaClient} against an extension's server, and the requests and checks MSK tests share. */
final class KafkaHttp {

    private KafkaHttp() {
    }

    static KafkaClient client(EmulatorServerExtension server) {
        return KafkaClient.builder().endpointOverride(server.endpoint()).region(Region.of(EmulatorServerExtension.REGION))
                .credentialsProvider(EmulatorServerExtension.credentials())
                .httpClientBuilder(Apache5HttpClient.builder()).build();
    }

    /** A provisioned cluster of {@code brokers} brokers in as many subnets, unauthenticated TLS as AWS's default. */
    static Consumer<CreateClusterRequest.Builder> provisioned(String name, int brokers) {
        return request -> request.clusterName(name).kafkaVersion("3.6.0").numberOfBrokerNodes(brokers)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.m5.large")
                        .clientSubnets(java.util.stream.IntStream.rangeClosed(1, Math.min(brokers, 3))
                                .mapToObj(n -> "subnet-" + n).toList()).build());
    }

    /** The call fails with this MSK error: its code, HTTP status, message and refused member. */
    static void refused(ThrowableAssert.ThrowingCallable call, Class<? extends KafkaException> type, int status,
                        String message, String invalidParameter) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            assertThat(invalidParameter(e)).isEqualTo(invalidParameter);
        });
    }

    private static String invalidParameter(KafkaException e) {
        try {
            return (String) e.getClass().getMethod("invalidParameter").invoke(e);
        } catch (ReflectiveOperationException reflection) {
            throw new AssertionError(e.getClass() + " has no invalidParameter", reflection);
        }
    }
}
