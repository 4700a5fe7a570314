package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Absent SDK modules and not-yet-emulated services are named, not left to a NoClassDefFoundError. */
class ClientKindTest {

    @Test
    void anAbsentHttpClientModuleIsNamed() {
        assertThatThrownBy(() -> ClientKind.SQS_ASYNC.create(null, className -> !className.contains("netty")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Cannot inject SqsAsyncClient: add software.amazon.awssdk:netty-nio-client to the test "
                        + "classpath (the extension's SDK dependencies are optional).");
    }

    @Test
    void anAbsentServiceModuleIsNamedWithItsHttpClient() {
        assertThatThrownBy(() -> ClientKind.SNS.create(null, className -> false))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("add software.amazon.awssdk:sns and software.amazon.awssdk:apache5-client");
    }

    @Test
    void synchronousClientsTakeApache5AndApache4WhereTheSdkHasNoApache5() {
        assertThat(ClientKind.Http.SYNC.firstPresent(className -> true))
                .contains("software.amazon.awssdk.http.apache5.Apache5HttpClient");
        assertThat(ClientKind.Http.SYNC.firstPresent(className -> !className.contains("apache5")))
                .contains("software.amazon.awssdk.http.apache.ApacheHttpClient");
    }

    @Test
    void anAbsentKinesisModuleIsNamed() {
        assertThatThrownBy(() -> ClientKind.KINESIS_ASYNC.create(null, className -> !className.contains("kinesis")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Cannot inject KinesisAsyncClient: add software.amazon.awssdk:kinesis to the test "
                        + "classpath (the extension's SDK dependencies are optional).");
    }

    @Test
    void anAbsentKafkaModuleIsNamed() {
        assertThatThrownBy(() -> ClientKind.KAFKA.create(null, className -> !className.contains("services.kafka")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Cannot inject KafkaClient: add software.amazon.awssdk:kafka to the test "
                        + "classpath (the extension's SDK dependencies are optional).");
    }
}
