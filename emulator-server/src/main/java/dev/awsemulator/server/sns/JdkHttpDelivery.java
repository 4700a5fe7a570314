package dev.awsemulator.server.sns;

import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.sns.delivery.HttpDelivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * SNS's HTTP/S deliveries with the JDK's client: asynchronous, so a slow subscriber holds no
 * emulator thread, and the envelope is signed on the client's threads as it is sent. AWS waits 15 seconds
 * for an answer; so do we.
 */
public final class JdkHttpDelivery implements HttpDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * Made on the first delivery: building a JDK client sets up TLS (the default SSLContext reads the
     * trust store), a sizeable part of the emulator's start-up that most runs never need.
     */
    private volatile HttpClient client;

    @Override
    public CompletionStage<Integer> post(URI endpoint, Map<String, String> headers, DeferredText body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .POST(new DeferredTextPublisher(body));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                request.setHeader(name, value);
            }
        });
        return client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    private HttpClient client() {
        HttpClient existing = client;
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            if (client == null) {
                client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
            }
            return client;
        }
    }
}
