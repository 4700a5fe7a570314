package dev.awsemulator.bench.jmh;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.MessageAttributeValue;
import dev.awsemulator.core.sns.api.PublishRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SNS fanout without HTTP: a 256-byte Publish with two attributes to a topic with 5 SQS
 * subscriptions. {@code publish} leaves the envelopes unread (each iteration starts a fresh emulator,
 * so unread envelopes do not pile up); {@code publishAndReceiveAll} also receives and deletes the
 * envelope from every queue, so every publish is signed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnsFanoutEngineBenchmark {

    private static final int SUBSCRIPTIONS = 5;
    private static final String MESSAGE = "m".repeat(256);

    private Emulator emulator;
    private SqsService sqs;
    private SnsService sns;
    private Caller caller;
    private String topicArn;
    private final List<String> queueUrls = new ArrayList<>();
    private final Map<String, MessageAttributeValue> attributes = Map.of(
            "kind", new MessageAttributeValue("String", "even", null),
            "n", new MessageAttributeValue("Number", "7", null));

    @Setup(Level.Iteration)
    public void setUp() {
        emulator = Emulator.builder().build();
        queueUrls.clear();
        sqs = emulator.sqs();
        sns = emulator.sns();
        caller = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION, URI.create("http://127.0.0.1:4566"));
        topicArn = sns.createTopic(caller, new CreateTopicRequest("jmh", null, null, null)).topicArn();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String name = "jmh-" + i;
            queueUrls.add(sqs.createQueue(caller, new CreateQueueRequest(name, null, null)).queueUrl());
            sns.subscribe(caller, new SubscribeRequest(topicArn, "sqs",
                    "arn:aws:sqs:" + Caller.DEFAULT_REGION + ":" + Caller.DEFAULT_ACCOUNT + ":" + name, null, null));
        }
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        emulator.close();
    }

    @Benchmark
    public String publish() {
        return sns.publish(caller, publishRequest()).messageId();
    }

    /** Returns the last envelope's body so the work cannot be optimised away. */
    @Benchmark
    public String publishAndReceiveAll() {
        sns.publish(caller, publishRequest());
        String body = null;
        for (String url : queueUrls) {
            Message message = sqs.receiveMessage(caller, new ReceiveMessageRequest(url, null, null, null, 1, null, 0,
                    null)).toCompletableFuture().join().messages().get(0);
            sqs.deleteMessage(caller, new DeleteMessageRequest(url, message.receiptHandle()));
            body = message.body();
        }
        return body;
    }

    private PublishRequest publishRequest() {
        return new PublishRequest(topicArn, null, null, MESSAGE, null, null, attributes, null, null);
    }
}
