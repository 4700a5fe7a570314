package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kinesis through the extension: declared streams, injected clients, virtual time, inspection. */
@AwsEmulatorTest(virtualTime = true, streams = "clicks")
class KinesisTest {

    @Test
    void declaredStreamTakesRecordsFromTheInjectedClients(KinesisClient kinesis, KinesisAsyncClient kinesisAsync,
                                                          AwsEmulator aws) {
        kinesis.putRecord(b -> b.streamName("clicks").partitionKey("user-1").data(SdkBytes.fromUtf8String("click")));

        // join, not a shorter wait: the client's own call limit under virtual time bounds it, and the first
        // HTTP/2 call of a JVM (Netty's and the SDK's classes loading) outlasted 10 s on a busy 2-core machine.
        assertThat(kinesisAsync.listStreams().join().streamNames()).containsExactly("clicks");
        assertThat(aws.inspect().streamRecords("clicks").get("shardId-000000000000"))
                .singleElement().satisfies(record -> assertThat(new String(record.data())).isEqualTo("click"));
    }

    @Test
    void anIteratorExpiresWhenVirtualTimePassesFiveMinutes(KinesisClient kinesis, VirtualClock clock) {
        String iterator = kinesis.getShardIterator(b -> b.streamName("clicks").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        kinesis.getRecords(b -> b.shardIterator(iterator));

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThatThrownBy(() -> kinesis.getRecords(b -> b.shardIterator(iterator)))
                .isInstanceOf(ExpiredIteratorException.class);
    }
}
