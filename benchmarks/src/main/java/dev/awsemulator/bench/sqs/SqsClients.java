package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.client.SdkClients;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The same SQS clients for every target: JSON protocol, MD5 checks on (the SDK's default), no
 * retries (a failure must show), HTTP/1.1.
 */
public final class SqsClients {

    private SqsClients() {
    }

    /** A blocking client (Apache HTTP) with one pooled connection per client thread. */
    public static SqsClient sync(URI endpoint, int connections) {
        return SdkClients.configure(SqsClient.builder(), endpoint)
                .httpClientBuilder(SdkClients.blockingHttp(connections))
                .build();
    }

    /**
     * A non-blocking client (Netty) that keeps {@code connections} requests open at once, each on its
     * own HTTP/1.1 connection, as long polls need; completions run on {@code completions}.
     */
    public static SqsAsyncClient async(URI endpoint, int connections, Executor completions) {
        return SdkClients.configure(SqsAsyncClient.builder(), endpoint)
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
}
