package dev.awsemulator.junit;

import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.sns.SnsAsyncClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** SNS clients, with the HTTP client chosen here rather than by the SDK's classpath scan. */
final class SnsClients {

    private SnsClients() {
    }

    static final class Sync implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(SnsClient.builder()).httpClientBuilder(SyncHttp.builder()).build();
        }
    }

    static final class Async implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(SnsAsyncClient.builder()).httpClientBuilder(NettyNioAsyncHttpClient.builder()).build();
        }
    }
}
