package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.api.AddPermissionRequest;
import dev.awsemulator.core.sqs.api.GetQueueAttributesRequest;
import dev.awsemulator.core.sqs.api.GetQueueAttributesResult;
import dev.awsemulator.core.sqs.api.RemovePermissionRequest;
import dev.awsemulator.core.sqs.api.SetQueueAttributesRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.awsemulator.core.sqs.QueueAttributeNames.*;

/**
 * A queue's attributes: reading them (settings, counts and times), changing the settable ones, the access
 * policy's permissions, and the rule every redrive policy must meet. Changes run under the queue's lock,
 * which the caller holds.
 */
final class QueueConfiguration {

    private final QueueRegistry queues;

    QueueConfiguration(QueueRegistry queues) {
        this.queues = queues;
    }

    GetQueueAttributesResult getAttributes(Queue queue, GetQueueAttributesRequest request) {
        List<String> names = request.attributeNames() == null ? List.of() : request.attributeNames();
        for (String name : names) {
            if (!name.equals(ALL) && !READABLE.contains(name)) {
                throw QueueSettings.unknownAttribute(name);
            }
        }
        Set<String> wanted = names.contains(ALL) ? Set.copyOf(READABLE) : Set.copyOf(names);
        Map<String, String> attributes = new LinkedHashMap<>();
        MessageCounts counts = wanted.stream().anyMatch(name -> name.startsWith("ApproximateNumber"))
                ? queue.counts() : null;
        for (String name : READABLE) {
            if (!wanted.contains(name)) {
                continue;
            }
            String value = switch (name) {
                case QUEUE_ARN -> queue.arn;
                case APPROXIMATE_NUMBER_OF_MESSAGES -> Long.toString(counts.visible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE -> Long.toString(counts.notVisible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED -> Long.toString(counts.delayed());
                case CREATED_TIMESTAMP -> Long.toString(queue.createdAt / 1000);
                case LAST_MODIFIED_TIMESTAMP -> Long.toString(queue.lastModifiedAt() / 1000);
                default -> queue.settings().get(name);
            };
            if (value != null) {
                attributes.put(name, value);
            }
        }
        return new GetQueueAttributesResult(attributes);
    }

    void setAttributes(Queue queue, SetQueueAttributesRequest request) {
        Map<String, String> changes = request.attributes() == null ? Map.of() : request.attributes();
        for (String name : changes.keySet()) {
            if (READ_ONLY.contains(name)) {
                throw QueueSettings.unknownAttribute(name);
            }
        }
        QueueSettings next = queue.settings().with(changes);
        checkRedrive(queue.ref, next);
        queue.settings(next);
    }

    void addPermission(Caller caller, Queue queue, AddPermissionRequest request) {
        String policy = QueuePolicy.addPermission(queue.settings().get(POLICY), queue.arn, caller.partition(),
                SqsParameters.required(request.label(), "Label"), request.awsAccountIds(), request.actions());
        queue.settings(queue.settings().with(Map.of(POLICY, policy)));
    }

    void removePermission(Queue queue, RemovePermissionRequest request) {
        String policy = QueuePolicy.removePermission(queue.settings().get(POLICY),
                SqsParameters.required(request.label(), "Label"));
        queue.settings(queue.settings().with(Map.of(POLICY, policy)));
    }

    /** A redrive policy must name an existing queue of the same type whose allow policy admits the source. */
    void checkRedrive(QueueRef source, QueueSettings settings) {
        RedrivePolicy policy = settings.redrivePolicy;
        if (policy == null) {
            return;
        }
        Queue target = queues.byArn(policy.deadLetterTargetArn());
        String json = policy.toJson();
        if (target == null) {
            throw RedrivePolicy.invalid(json, "Dead letter target does not exist.");
        }
        if (target.fifo() != settings.fifo) {
            throw RedrivePolicy.invalid(json, "Dead-letter queue must be same type of queue as the source.");
        }
        if (!target.settings().redriveAllowPolicy.allows(source.arn())) {
            throw RedrivePolicy.invalid(json, "Dead letter target does not allow this queue as a source queue.");
        }
    }
}
