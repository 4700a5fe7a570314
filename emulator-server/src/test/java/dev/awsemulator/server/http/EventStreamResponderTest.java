package dev.awsemulator.server.http;

import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.faults.FaultRegistry;
import dev.awsemulator.server.requests.RequestListener;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** An operation that answers with events: messages arrive framed, in order, and end the response. */
class EventStreamResponderTest {

    record WatchInput(String name) {
    }

    record Tick(Integer number) {
    }

    private final AtomicReference<SubmissionPublisher<Object>> publisher = new AtomicReference<>();
    private Undertow undertow;
    private int port;

    @BeforeEach
    void start() {
        ServiceDefinition service = ServiceDefinition.builder("watch").json(JsonFacts.of("Watch_1", "1.1"))
                .operations(Operation.eventStream("Watch", WatchInput.class, "TickEvent", (caller, input) -> {
                    SubmissionPublisher<Object> events = new SubmissionPublisher<>(Runnable::run, 16);
                    publisher.set(events);
                    return events;
                }))
                .build();
        undertow = Undertow.builder().setServerOption(UndertowOptions.ENABLE_HTTP2, true)
                .addHttpListener(0, "127.0.0.1").setHandler(new RootHandler(List.of(service),
                        new CallerDefaults("000000000000", "us-east-1"), 1024, RequestListener.NONE, null,
                        new FaultedCalls(new FaultRegistry(List.of(service), new ManualClock()))))
                .build();
        undertow.start();
        port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterEach
    void stop() {
        undertow.stop();
    }

    @Test
    void eventsFollowTheInitialResponseAndAnErrorEndsTheStream() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Amz-Target", "Watch_1.Watch").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":\"n\"}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.amazon.eventstream");
        DataInputStream frames = new DataInputStream(response.body());

        assertThat(nextFrame(frames)).contains("initial-response").endsWith("{}");
        while (publisher.get() == null || !publisher.get().hasSubscribers()) {
            Thread.onSpinWait();
        }
        publisher.get().submit(new Tick(1));
        publisher.get().submit(new Tick(2));
        assertThat(nextFrame(frames)).contains("TickEvent").endsWith("{\"Number\":1}");
        assertThat(nextFrame(frames)).contains("TickEvent").endsWith("{\"Number\":2}");

        publisher.get().closeExceptionally(CommonError.INTERNAL_FAILURE.exception("gone"));

        assertThat(nextFrame(frames)).contains(":exception-type").contains("InternalFailure")
                .endsWith("{\"message\":\"gone\"}");
        assertThat(frames.read()).isEqualTo(-1);
    }

    /** One frame's headers and payload as text (prelude and CRCs stripped). */
    private static String nextFrame(DataInputStream frames) throws IOException {
        int total = frames.readInt();
        int headers = frames.readInt();
        frames.readInt();
        byte[] rest = new byte[total - 12];
        frames.readFully(rest);
        return new String(rest, 0, headers, StandardCharsets.ISO_8859_1)
                + new String(rest, headers, total - 16 - headers, StandardCharsets.UTF_8);
    }

}
