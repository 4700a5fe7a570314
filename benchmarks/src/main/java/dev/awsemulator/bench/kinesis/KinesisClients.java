package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.client.SdkClients;
import dev.awsemulator.bench.server.Target;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The same Kinesis clients for every target: the SDK's defaults, no retries, and CBOR on, except for
 * targets that fail it ({@link Target#cbor()}), whose clients speak AWS JSON 1.1.
 */
public final class KinesisClients {

    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);
    private static final String CBOR_PROPERTY = SdkSystemSetting.CBOR_ENABLED.property();

    private KinesisClients() {
    }

    /** A blocking client (Apache HTTP) with one pooled connection per client thread. */
    public static KinesisClient sync(Target target, URI endpoint, int connections) {
        return withCbor(target.cbor(), () -> SdkClients.configure(KinesisClient.builder(), endpoint)
                .httpClientBuilder(SdkClients.blockingHttp(connections))
                .build());
    }

    /**
     * Builds a client with CBOR on or off. The SDK reads {@code aws.cborEnabled} once, when it builds a
     * client, so the property is set only for that moment.
     */
    private static synchronized <T> T withCbor(boolean cbor, Supplier<T> build) {
        String before = System.getProperty(CBOR_PROPERTY);
        System.setProperty(CBOR_PROPERTY, Boolean.toString(cbor));
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(CBOR_PROPERTY);
            } else {
                System.setProperty(CBOR_PROPERTY, before);
            }
        }
    }

    /** A non-blocking client (Netty, HTTP/2 with prior knowledge, the SDK's default for Kinesis). */
    public static KinesisAsyncClient async(Target target, URI endpoint) {
        return withCbor(target.cbor(), () -> SdkClients.configure(KinesisAsyncClient.builder(), endpoint)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build());
    }

    /** Creates a stream and waits until it is ACTIVE; returns its ARN. */
    public static String createActiveStream(KinesisClient kinesis, String name, int shards)
            throws InterruptedException {
        kinesis.createStream(request -> request.streamName(name).shardCount(shards));
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (true) {
            var summary = kinesis.describeStreamSummary(request -> request.streamName(name)).streamDescriptionSummary();
            if (summary.streamStatus() == StreamStatus.ACTIVE) {
                return summary.streamARN();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("stream " + name + " not ACTIVE after " + ACTIVE_TIMEOUT);
            }
            Thread.sleep(20);
        }
    }
}
