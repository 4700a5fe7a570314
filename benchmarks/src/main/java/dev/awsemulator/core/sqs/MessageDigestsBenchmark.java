package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The MD5s computed for every message sent: of a 256-byte body and of three message attributes
 * (string, number, binary). In the engine's package because {@link MessageDigests} is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MessageDigestsBenchmark {

    private final String body = "x".repeat(256);
    private final Map<String, MessageAttributeValue> attributes = Map.of(
            "trace-id", MessageAttributeValue.string("5f1c7e0a-8a2b-4d4e-9c1f-3b2a1d0e9f8c"),
            "attempt", MessageAttributeValue.number("3"),
            "payload", MessageAttributeValue.binary("binary attribute".getBytes(StandardCharsets.UTF_8)));

    @Benchmark
    public String md5OfBody() {
        return MessageDigests.ofBody(body);
    }

    @Benchmark
    public String md5OfAttributes() {
        return MessageDigests.ofAttributes(attributes);
    }
}
