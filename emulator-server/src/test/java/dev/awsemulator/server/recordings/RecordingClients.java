package dev.awsemulator.server.recordings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.util.stream.Stream;

/**
 * SDK v2 clients in the account the recordings show ({@code 111111111111}, chosen by the access key id, as
 * the emulator takes a 12-digit key id for the account), each keeping its last raw response for the errors'
 * wire-only members.
 */
final class RecordingClients implements AutoCloseable {

    static final String ACCOUNT = "111111111111";

    private final RawResponseCapture capture = new RawResponseCapture();
    private final SnsClient sns;
    private final SqsClient sqs;
    private final KinesisClient kinesis;

    RecordingClients(URI endpoint) {
        sns = configure(SnsClient.builder(), endpoint).build();
        sqs = configure(SqsClient.builder(), endpoint).build();
        kinesis = configure(KinesisClient.builder(), endpoint).build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "test")))
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    SnsClient sns() {
        return sns;
    }

    SqsClient sqs() {
        return sqs;
    }

    KinesisClient kinesis() {
        return kinesis;
    }

    Replay replay(AwsRecordings recordings, String test) {
        return new Replay(recordings, test, capture);
    }

    @Override
    public void close() {
        Stream.of(sns, sqs, kinesis).forEach(SdkAutoCloseable::close);
    }
}
