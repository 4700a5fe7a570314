package dev.awsemulator.junit;

import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The HTTP client of the synchronous SDK clients, named rather than left to the SDK's classpath scan:
 * the first of {@link ClientKind.Http#SYNC} on the classpath. Built through its static {@code builder()}
 * by name, since each client exists only in some SDK releases.
 */
final class SyncHttp {

    private SyncHttp() {
    }

    static SdkHttpClient.Builder<?> builder() {
        String className = ClientKind.Http.SYNC.firstPresent(ClientKind::onClasspath).orElseThrow(() ->
                new ParameterResolutionException("No synchronous HTTP client of the AWS SDK is on the classpath"));
        try {
            return (SdkHttpClient.Builder<?>) Class.forName(className).getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("Cannot build a " + className, e);
        }
    }
}
