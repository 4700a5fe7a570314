package dev.awsemulator.server.sns;

import com.sun.net.httpserver.HttpServer;
import dev.awsemulator.core.common.DeferredText;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's HTTP/S delivery finishes (signs) an envelope on the HTTP client's threads, not the caller's. */
class JdkHttpDeliveryTest {

    @Test
    void theBodyIsFinishedOffTheCallingThreadAndSentWhole() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer subscriber = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        subscriber.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + " (Content-Length " + exchange.getRequestHeaders().getFirst("Content-Length") + ")");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        subscriber.start();
        AtomicReference<Thread> finishedOn = new AtomicReference<>();
        DeferredText body = DeferredText.finishedLater("{\"Signature\":\"draft\"}", draft -> {
            finishedOn.set(Thread.currentThread());
            return draft.toUpperCase(Locale.ROOT);
        });
        URI hook = URI.create("http://127.0.0.1:" + subscriber.getAddress().getPort() + "/hook");

        try {
            Integer status = new JdkHttpDelivery().post(hook, Map.of("Content-Type", "text/plain"), body)
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertThat(status).isEqualTo(200);
            assertThat(received.poll(30, TimeUnit.SECONDS)).isEqualTo("{\"SIGNATURE\":\"DRAFT\"} (Content-Length 21)");
            assertThat(finishedOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
        } finally {
            subscriber.stop(0);
        }
    }
}
