package dev.awsemulator.junit;

import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.mq.MqAsyncClient;
import software.amazon.awssdk.services.mq.MqClient;

/** Amazon MQ clients. */
final class MqClients {

    private MqClients() {
    }

    static final class Sync implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(MqClient.builder()).httpClientBuilder(SyncHttp.builder()).build();
        }
    }

    static final class Async implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(MqAsyncClient.builder()).httpClientBuilder(NettyNioAsyncHttpClient.builder()).build();
        }
    }
}
