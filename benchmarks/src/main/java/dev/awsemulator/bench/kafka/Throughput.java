package dev.awsemulator.bench.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Produce, then consume, {@code records} records of {@code size} bytes through one broker: records per second
 * each way, with the count read back checked. The same client settings for every broker.
 */
final class Throughput {

    record Rates(double producedPerSecond, double consumedPerSecond, long consumed) {
    }

    private Throughput() {
    }

    static Rates measure(String bootstrap, String topic, int records, int size) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
        }
        byte[] value = new byte[size];
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "linger.ms", "5", "batch.size", "65536"), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            Future<?> last = null;
            for (int i = 0; i < records; i++) {
                last = producer.send(new ProducerRecord<>(topic, value));
            }
            producer.flush();
            last.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a send failed", e.getCause());
        }
        double produced = records / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        long consumed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "throughput-" + topic, "auto.offset.reset", "earliest", "max.poll.records", "5000"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (consumed < records && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(100));
                consumed += batch.count();
            }
        }
        return new Rates(produced, consumed / ((System.nanoTime() - start) / 1e9), consumed);
    }
}
