package dev.awsemulator.bench.jmh;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a test class pays in a warm JVM (the JUnit extension's case): an emulator started on a free
 * port until it has answered its first request, and a reset between tests with a few resources in
 * every service.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbeddedStartupBenchmark {

    private static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION,
            URI.create("http://127.0.0.1:4566"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private EmulatorServer started;
    private Emulator populated;

    /** Start to first answered request: the server is closed afterwards, outside the measurement. */
    @Benchmark
    public int startToFirstAnswer() throws IOException, InterruptedException {
        started = EmulatorServer.builder().port(0).emulator(Emulator.builder().clock(new ManualClock()).build()).start();
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(started.endpoint())
                .header("X-Amz-Target", "AmazonSQS.ListQueues").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode();
    }

    @TearDown(Level.Invocation)
    public void stopStarted() {
        if (started != null) {
            started.close();
            started.emulator().close();
            started = null;
        }
    }

    @Setup(Level.Invocation)
    public void populate() {
        populated = Emulator.builder().clock(new ManualClock()).build();
        for (String name : List.of("orders", "payments", "audit")) {
            populated.sqs().createQueue(CALLER, new CreateQueueRequest(name, Map.of(), Map.of()));
        }
        populated.sns().createTopic(CALLER, new CreateTopicRequest("events", Map.of(), List.of(), null));
        populated.kinesis().createStream(CALLER, new CreateStreamRequest("clicks", 2, null, null, null, null));
    }

    /** A reset of an emulator holding three queues, a topic and a two-shard stream. */
    @Benchmark
    public Emulator reset() {
        populated.reset();
        return populated;
    }
}
