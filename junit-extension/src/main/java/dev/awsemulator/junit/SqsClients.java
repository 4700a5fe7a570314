package dev.awsemulator.junit;

import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SQS clients. The HTTP client is chosen here rather than by the SDK's classpath scan, and MD5
 * checksum validation is on, so the emulator's MD5s are checked as AWS's would be.
 */
final class SqsClients {

    private SqsClients() {
    }

    static final class Sync implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(SqsClient.builder()).httpClientBuilder(SyncHttp.builder())
                    .checksumValidationEnabled(true).build();
        }
    }

    static final class Async implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(SqsAsyncClient.builder()).httpClientBuilder(NettyNioAsyncHttpClient.builder())
                    .checksumValidationEnabled(true).build();
        }
    }
}
