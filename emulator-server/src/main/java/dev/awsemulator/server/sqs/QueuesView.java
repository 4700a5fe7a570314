package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.core.sqs.QueueOverview;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.server.dashboard.AttributeView;
import dev.awsemulator.server.dashboard.Location;
import dev.awsemulator.server.dashboard.Preview;

import java.util.List;
import java.util.Map;

/** Every queue with its counts and its first messages, peeked: nothing is received or made invisible. */
record QueuesView(int messagesPerQueue, List<QueueView> queues) {

    static final int MESSAGES_PER_QUEUE = 20;

    record QueueView(String arn, String name, String account, String region, boolean fifo, long visible,
                     long inFlight, long delayed, int waitingReceives, List<MessageView> messages) {
    }

    record MessageView(String messageId, String state, int receiveCount, String sentAt, String messageGroupId,
                       String sequenceNumber, Preview body, Map<String, AttributeView> attributes) {
    }

    static QueuesView of(SqsService sqs) {
        return new QueuesView(MESSAGES_PER_QUEUE, sqs.overview().stream().map(queue -> queue(sqs, queue)).toList());
    }

    private static QueueView queue(SqsService sqs, QueueOverview queue) {
        Location location = Location.of(queue.arn());
        List<MessageView> messages = sqs.peek(queue.arn(), MESSAGES_PER_QUEUE).stream()
                .map(QueuesView::message).toList();
        return new QueueView(queue.arn(), location.name(), location.account(), location.region(),
                location.name().endsWith(".fifo"), queue.visible(), queue.inFlight(), queue.delayed(),
                queue.waitingReceives(), messages);
    }

    private static MessageView message(PeekedMessage message) {
        return new MessageView(message.messageId(), message.state().name(), message.receiveCount(),
                message.sentAt().toString(), message.messageGroupId(), message.sequenceNumber(),
                Preview.of(message.body()), AttributeView.all(message.messageAttributes(),
                        value -> AttributeView.of(value.dataType(), value.stringValue(), value.binaryValue())));
    }
}
