package dev.awsemulator.bench.sqs;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** Sends unique 256-byte messages one at a time or ten per batch; a partly failed batch is an error. */
final class MessageSender {

    private final int batchSize;
    private final AtomicLong ids = new AtomicLong();

    private MessageSender(int batchSize) {
        this.batchSize = batchSize;
    }

    static MessageSender single() {
        return new MessageSender(1);
    }

    static MessageSender batch() {
        return new MessageSender(10);
    }

    int batchSize() {
        return batchSize;
    }

    /** Sends one request; returns how many messages it queued. */
    int send(SqsClient sqs, String queueUrl) {
        if (batchSize == 1) {
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(nextBody()));
            return 1;
        }
        List<SendMessageBatchRequestEntry> entries = IntStream.range(0, batchSize)
                .mapToObj(i -> SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(nextBody()).build())
                .toList();
        SendMessageBatchResponse response = sqs.sendMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            throw new IllegalStateException("batch entries failed: " + response.failed());
        }
        return response.successful().size();
    }

    private String nextBody() {
        return MessageBodies.encode(ids.getAndIncrement(), System.nanoTime());
    }
}
