package dev.awsemulator.samples.eventsourcing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Feeds a read model from the account topic. As a member of a consumer group it starts where the group's
 * committed offsets say (from the earliest offset for a new group: a rebuild is a new group) and commits after
 * applying, so a restarted model resumes; a replay from a timestamp reads every partition from the first
 * offset at or after that moment, outside any group.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    /** How long a catch-up may take: a group's first assignment and a fresh broker's coordinator take seconds. */
    private static final Duration CATCH_UP_WITHIN = Duration.ofMinutes(1);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<AccountEvent> readModel;
    private final boolean inGroup;

    private TopicReader(Map<String, Object> settings, Consumer<AccountEvent> readModel, boolean inGroup) {
        this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        this.readModel = readModel;
        this.inGroup = inGroup;
    }

    /** A member of consumer group {@code groupId}, reading {@code topic} from the group's committed offsets. */
    public static TopicReader inGroup(Map<String, Object> clientSettings, String topic, String groupId,
                                      Consumer<AccountEvent> readModel) {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        TopicReader reader = new TopicReader(settings, readModel, true);
        reader.consumer.subscribe(List.of(topic));
        return reader;
    }

    /** Reads every partition of {@code topic} from the first record stamped at or after {@code since}. */
    public static TopicReader since(Map<String, Object> clientSettings, String topic, Instant since,
                                    Consumer<AccountEvent> readModel) {
        TopicReader reader = new TopicReader(clientSettings, readModel, false);
        List<TopicPartition> partitions = reader.consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        reader.consumer.assign(partitions);
        Map<TopicPartition, OffsetAndTimestamp> offsets = reader.consumer.offsetsForTimes(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> since.toEpochMilli())));
        Map<TopicPartition, Long> ends = reader.consumer.endOffsets(partitions);
        offsets.forEach((partition, offset) -> reader.consumer.seek(partition,
                offset == null ? ends.get(partition) : offset.offset()));
        return reader;
    }

    /** Applies records until every assigned partition is read to its end offset; returns how many were applied. */
    public int catchUp() {
        Instant deadline = Instant.now().plus(CATCH_UP_WITHIN);
        int applied = 0;
        do {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                readModel.accept(AccountEvent.decode(record.value()));
                applied++;
            }
            if (inGroup) {
                consumer.commitSync();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("still behind the topic's end after " + CATCH_UP_WITHIN);
            }
        } while (!atEnd());
        return applied;
    }

    private boolean atEnd() {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return false; // the group has not assigned partitions yet
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        return assigned.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
