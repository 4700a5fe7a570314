package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.server.config.ConfigCheck;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.ConfigTarget;
import dev.awsemulator.server.config.ConfigValues;
import dev.awsemulator.server.config.NamedSection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The config file's {@code queues}: SQS queues, created with CreateQueue, dead-letter queues first. */
public final class SqsConfig {

    public static final ConfigSection<Queue> QUEUES = new Queues();

    private SqsConfig() {
    }

    /** A queue; a name ending in {@code .fifo} makes a FIFO queue. */
    public record Queue(String name, Map<String, String> attributes, Map<String, String> tags,
                        DeadLetterQueue deadLetterQueue) {
        public Queue {
            attributes = ConfigValues.map(attributes);
            tags = ConfigValues.map(tags);
        }
    }

    /** Where a queue's messages go after {@code maxReceiveCount} receives: its RedrivePolicy, by queue name. */
    public record DeadLetterQueue(String name, Integer maxReceiveCount) {
    }

    private static final class Queues extends NamedSection<Queue> {

        Queues() {
            super("queues", Queue.class, Queue::name);
        }

        @Override
        public void check(List<Queue> queues, ConfigCheck check) {
            for (int i = 0; i < queues.size(); i++) {
                DeadLetterQueue dlq = queues.get(i).deadLetterQueue();
                if (dlq != null && !check.declares(key(), dlq.name())) {
                    check.problem(i, "deadLetterQueue \"" + dlq.name() + "\" is not a queue of " + check.scope());
                }
            }
            Map<String, String> next = new LinkedHashMap<>();
            queues.stream().filter(queue -> queue.deadLetterQueue() != null && queue.name() != null)
                    .forEach(queue -> next.putIfAbsent(queue.name(), queue.deadLetterQueue().name()));
            for (int i = 0; i < queues.size(); i++) {
                String start = queues.get(i).name();
                Set<String> seen = new HashSet<>();
                for (String at = next.get(start); at != null && seen.add(at); at = next.get(at)) {
                    if (at.equals(start)) {
                        check.problem(i, "its dead-letter queues lead back to itself");
                        break;
                    }
                }
            }
        }

        /** Every dead-letter queue before the queues that use it. */
        @Override
        public List<Queue> creationOrder(List<Queue> queues) {
            Map<String, Queue> byName = new LinkedHashMap<>();
            queues.forEach(queue -> byName.put(queue.name(), queue));
            List<Queue> ordered = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            for (Queue queue : queues) {
                place(queue, byName, placed, ordered);
            }
            return ordered;
        }

        private static void place(Queue queue, Map<String, Queue> byName, Set<String> placed, List<Queue> ordered) {
            if (!placed.add(queue.name())) {
                return;
            }
            Queue dlq = queue.deadLetterQueue() == null ? null : byName.get(queue.deadLetterQueue().name());
            if (dlq != null) {
                place(dlq, byName, placed, ordered);
            }
            ordered.add(queue);
        }

        @Override
        public String create(Queue queue, ConfigTarget target) {
            Map<String, String> attributes = new LinkedHashMap<>(queue.attributes());
            if (queue.name().endsWith(".fifo")) {
                attributes.putIfAbsent("FifoQueue", "true");
            }
            DeadLetterQueue dlq = queue.deadLetterQueue();
            if (dlq != null) {
                attributes.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + target.arn(key(), dlq.name()) + "\""
                        + (dlq.maxReceiveCount() == null ? "" : ",\"maxReceiveCount\":" + dlq.maxReceiveCount()) + "}");
            }
            SqsService sqs = target.service(SqsService.class);
            String url = sqs.createQueue(target.caller(), new CreateQueueRequest(queue.name(), attributes, queue.tags()))
                    .queueUrl();
            return sqs.queueArn(target.caller(), url);
        }
    }
}
