package dev.awsemulator.bench.jmh;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's hot path without HTTP: SendMessage, ReceiveMessage (no wait) and DeleteMessage of one
 * 256-byte message on {@link SqsService}, on wall-clock time as the server runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SqsEngineBenchmark {

    private static final String BODY = "x".repeat(256);

    private Emulator emulator;
    private SqsService sqs;
    private Caller caller;
    private String queueUrl;

    @Setup
    public void setUp() {
        emulator = Emulator.builder().build();
        sqs = emulator.sqs();
        caller = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION, URI.create("http://127.0.0.1:4566"));
        queueUrl = sqs.createQueue(caller, new CreateQueueRequest("jmh", null, null)).queueUrl();
    }

    @TearDown
    public void tearDown() {
        emulator.close();
    }

    /** One message through the queue; returns its id so the work cannot be optimised away. */
    @Benchmark
    public String sendReceiveDelete() {
        sqs.sendMessage(caller, new SendMessageRequest(queueUrl, BODY, null, null, null, null, null));
        List<Message> messages = sqs.receiveMessage(caller,
                        new ReceiveMessageRequest(queueUrl, null, null, null, 1, null, 0, null))
                .toCompletableFuture().join().messages();
        Message message = messages.get(0);
        sqs.deleteMessage(caller, new DeleteMessageRequest(queueUrl, message.receiptHandle()));
        return message.messageId();
    }
}
