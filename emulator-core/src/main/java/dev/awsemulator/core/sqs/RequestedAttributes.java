package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attributes a ReceiveMessage asked to see: the system attributes it named and the message
 * attributes matching its names or prefixes. Turns each received message into the answer's form, with
 * the attribute MD5 over exactly those.
 */
final class RequestedAttributes {

    private static final List<String> SYSTEM_ATTRIBUTES = List.of("SenderId", "SentTimestamp",
            "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SequenceNumber", "MessageDeduplicationId",
            "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn");

    private final Set<String> systemNames = new HashSet<>();
    private final boolean allMessageAttributes;
    private final Set<String> messageAttributeNames = new HashSet<>();
    private final List<String> messageAttributePrefixes;

    RequestedAttributes(ReceiveMessageRequest request) {
        addNames(request.attributeNames());
        addNames(request.messageSystemAttributeNames());
        List<String> names = request.messageAttributeNames() == null ? List.of() : request.messageAttributeNames();
        allMessageAttributes = names.contains("All") || names.contains(".*");
        messageAttributePrefixes = names.stream().filter(name -> name.endsWith(".*"))
                .map(name -> name.substring(0, name.length() - 1)).toList();
        messageAttributeNames.addAll(names);
    }

    private void addNames(List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (name.equals("All")) {
                systemNames.addAll(SYSTEM_ATTRIBUTES);
            } else {
                systemNames.add(name);
            }
        }
    }

    Message toMessage(ReceivedMessage received) {
        QueuedMessage message = received.message();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : SYSTEM_ATTRIBUTES) {
            if (systemNames.contains(name)) {
                String value = systemAttribute(name, received);
                if (value != null) {
                    attributes.put(name, value);
                }
            }
        }
        Map<String, MessageAttributeValue> selected = new TreeMap<>();
        message.attributes().forEach((name, value) -> {
            if (wants(name)) {
                selected.put(name, value);
            }
        });
        return new Message(message.messageId(), received.receiptHandle(), message.md5OfBody(), message.body(),
                attributes, MessageDigests.ofAttributes(selected), selected);
    }

    private boolean wants(String name) {
        return allMessageAttributes || messageAttributeNames.contains(name)
                || messageAttributePrefixes.stream().anyMatch(name::startsWith);
    }

    private static String systemAttribute(String name, ReceivedMessage received) {
        QueuedMessage message = received.message();
        return switch (name) {
            case "SenderId" -> message.senderId;
            case "SentTimestamp" -> Long.toString(message.sentAt);
            case "ApproximateReceiveCount" -> Integer.toString(received.receiveCount());
            case "ApproximateFirstReceiveTimestamp" -> Long.toString(received.firstReceiveAt());
            case "SequenceNumber" -> message.sequenceNumber();
            case "MessageDeduplicationId" -> message.deduplicationId();
            case "MessageGroupId" -> message.groupId();
            case "AWSTraceHeader" -> {
                MessageAttributeValue trace = message.systemAttributes().get("AWSTraceHeader");
                yield trace == null ? null : trace.stringValue();
            }
            case "DeadLetterQueueSourceArn" -> message.deadLetterSourceArn();
            default -> null;
        };
    }
}
