package dev.awsemulator.junit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

import java.time.Duration;

/**
 * The SDK calls behind {@link AwsEmulator#configure}, kept apart so that the extension's own
 * classes load even when a test's classpath lacks part of the SDK.
 */
final class SdkSettings {

    /** Under virtual time no call should take real time; this turns a forgotten advance into a failure. */
    static final Duration VIRTUAL_TIME_CALL_LIMIT = Duration.ofSeconds(30);

    private SdkSettings() {
    }

    static AwsCredentialsProvider credentials(String accountId) {
        // The emulator takes a 12-digit access key id as the account, so the clients act as ours.
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "emulator"));
    }

    /**
     * Endpoint, region and credentials; with virtual time ({@code stalledWaits} not null) a limit per call, and
     * for a synchronous client the guard that ends a wait its own thread keeps the clock from ending.
     */
    static <B extends AwsClientBuilder<B, ?>> B configure(B builder, AwsEmulator aws, StalledWaitGuard stalledWaits) {
        builder.endpointOverride(aws.endpoint())
                .region(Region.of(aws.region()))
                .credentialsProvider(aws.credentialsProvider());
        if (stalledWaits != null) {
            boolean synchronous = builder instanceof SdkSyncClientBuilder<?, ?>;
            builder.overrideConfiguration(o -> {
                o.apiCallTimeout(VIRTUAL_TIME_CALL_LIMIT);
                if (synchronous) {
                    o.addExecutionInterceptor(new StalledWaitInterceptor(stalledWaits));
                }
            });
        }
        return builder;
    }
}
