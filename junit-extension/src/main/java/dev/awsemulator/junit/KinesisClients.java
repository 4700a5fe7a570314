package dev.awsemulator.junit;

import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Kinesis clients. The async one speaks HTTP/2 (prior knowledge on {@code http://}), as the SDK
 * makes it for Kinesis, so that SubscribeToShard works.
 */
final class KinesisClients {

    private KinesisClients() {
    }

    static final class Sync implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(KinesisClient.builder()).httpClientBuilder(SyncHttp.builder()).build();
        }
    }

    static final class Async implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(KinesisAsyncClient.builder())
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2)).build();
        }
    }
}
