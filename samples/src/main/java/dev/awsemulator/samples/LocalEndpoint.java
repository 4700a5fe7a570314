package dev.awsemulator.samples;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/**
 * Points SDK clients at the dev server. Only the {@code main} methods use it: tests get clients
 * configured by the JUnit extension, and against AWS you would simply drop the endpoint override.
 */
public final class LocalEndpoint {

    /** Where the README's start command makes the dev server listen. */
    public static final String DEFAULT = "http://127.0.0.1:4566";

    private final URI endpoint;

    private LocalEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint from the first program argument, or {@link #DEFAULT}. */
    public static LocalEndpoint fromArgs(String[] args) {
        return new LocalEndpoint(URI.create(args.length > 0 ? args[0] : DEFAULT));
    }

    public URI uri() {
        return endpoint;
    }

    /** The emulator accepts any credentials; the SDK still insists on having some to sign with. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }
}
