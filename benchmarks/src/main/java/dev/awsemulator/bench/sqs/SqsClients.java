package dev.awsemulator.bench.sqs;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The same SDK v2 clients for every target: JSON protocol, MD5 checks on (the SDK's default), no
 * retries (a failure must show), HTTP/1.1.
 */
public final class SqsClients {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private SqsClients() {
    }

    /** A blocking client (Apache HTTP) with one pooled connection per client thread. */
    public static SqsClient sync(URI endpoint, int connections) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .overrideConfiguration(noRetries())
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections))
                .build();
    }

    /**
     * A non-blocking client (Netty) that keeps {@code connections} requests open at once, each on its
     * own HTTP/1.1 connection, as long polls need; completions run on {@code completions}.
     */
    public static SqsAsyncClient async(URI endpoint, int connections, Executor completions) {
        return SqsAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .overrideConfiguration(noRetries())
                .asyncConfiguration(async -> async.advancedOption(SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR,
                        completions))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .protocol(Protocol.HTTP1_1)
                        .maxConcurrency(connections)
                        .maxPendingConnectionAcquires(connections)
                        .connectionAcquisitionTimeout(Duration.ofSeconds(60))
                        .connectionTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(40)))
                .build();
    }

    /** ApproximateNumberOfMessages, which every target counts exactly. */
    public static long queued(SqsClient sqs, String queueUrl) {
        String count = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        return Long.parseLong(count);
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build();
    }
}
