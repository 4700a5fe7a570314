package dev.awsemulator.samples.eventsourcing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Account events on a Kafka topic (an MSK cluster's). The key is the account id, so all of an account's
 * events go to one partition and keep their order there; the producer is idempotent with {@code acks=all},
 * so a retried send neither duplicates nor reorders an event. Each record carries the time of {@code clock},
 * which a replay from a timestamp goes by.
 */
public final class KafkaEventLog implements EventLog, AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final Clock clock;

    /** @param clientSettings how to reach the cluster: {@code bootstrap.servers} and, for TLS or SASL, security settings */
    public KafkaEventLog(Map<String, Object> clientSettings, String topic, Clock clock) {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.clock = clock;
    }

    @Override
    public void append(AccountEvent event) {
        try {
            producer.send(new ProducerRecord<>(topic, null, clock.millis(), event.accountId(), event.encode())).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take " + event, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending " + event, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
