package dev.awsemulator.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Kafka clients of the module's tests: string records, settings for each listener. */
final class Clients {

    private Clients() {
    }

    static Map<String, Object> tls(String bootstrap) {
        Map<String, Object> settings = new HashMap<>(Map.of("bootstrap.servers", bootstrap,
                "security.protocol", "SSL", "ssl.truststore.type", "PEM",
                "ssl.truststore.certificates", TestCertificate.IDENTITY.certificatePem()));
        return settings;
    }

    static Map<String, Object> scram(String bootstrap, String user, String password) {
        Map<String, Object> settings = tls(bootstrap);
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return settings;
    }

    static void produce(Map<String, Object> settings, String topic, String... values)
            throws ExecutionException, InterruptedException {
        Map<String, Object> producer = new HashMap<>(settings);
        producer.put("key.serializer", StringSerializer.class.getName());
        producer.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> client = new KafkaProducer<>(producer)) {
            for (String value : values) {
                client.send(new ProducerRecord<>(topic, value)).get();
            }
        }
    }

    /** Reads the topic from its start until {@code count} values came, or fails after 60 seconds. */
    static List<String> consume(Map<String, Object> settings, String topic, int count) {
        Map<String, Object> consumer = new HashMap<>(settings);
        consumer.put("key.deserializer", StringDeserializer.class.getName());
        consumer.put("value.deserializer", StringDeserializer.class.getName());
        consumer.put("group.id", "reader-" + topic + "-" + System.nanoTime());
        consumer.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> client = new KafkaConsumer<>(consumer)) {
            client.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (values.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : client.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
