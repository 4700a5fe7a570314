package dev.awsemulator.server.kafka.brokers;

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

/** kafka-clients settings for each kind of MSK bootstrap string, and exactly-once writes and reads of text records. */
final class KafkaClients {

    private KafkaClients() {
    }

    static Map<String, Object> plaintext(String bootstrap) {
        return new HashMap<>(Map.of("bootstrap.servers", bootstrap));
    }

    /** TLS, trusting the certificate the emulator publishes (PEM, as Kafka clients take it). */
    static Map<String, Object> tls(String bootstrap, String certificatePem) {
        Map<String, Object> settings = plaintext(bootstrap);
        settings.put("security.protocol", "SSL");
        settings.put("ssl.truststore.type", "PEM");
        settings.put("ssl.truststore.certificates", certificatePem);
        return settings;
    }

    static Map<String, Object> scram(String bootstrap, String certificatePem, String user, String password) {
        Map<String, Object> settings = tls(bootstrap, certificatePem);
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return settings;
    }

    /** IAM with aws-msk-iam-auth's own mechanism, credentials from the environment as on AWS. */
    static Map<String, Object> iam(String bootstrap, String certificatePem) {
        Map<String, Object> settings = tls(bootstrap, certificatePem);
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "AWS_MSK_IAM");
        settings.put("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;");
        settings.put("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
        return settings;
    }

    /** IAM through OAUTHBEARER tokens, the library's other way in. */
    static Map<String, Object> iamOAuth(String bootstrap, String certificatePem) {
        Map<String, Object> settings = tls(bootstrap, certificatePem);
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "OAUTHBEARER");
        settings.put("sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        settings.put("sasl.login.callback.handler.class",
                "software.amazon.msk.auth.iam.IAMOAuthBearerLoginCallbackHandler");
        settings.put("sasl.client.callback.handler.class",
                "software.amazon.msk.auth.iam.IAMOAuthBearerLoginCallbackHandler");
        return settings;
    }

    /** Writes the values in one committed transaction, after an aborted one that wrote {@code aborted}. */
    static void produceTransactionally(Map<String, Object> settings, String topic, List<String> values, String aborted) {
        Map<String, Object> producer = new HashMap<>(settings);
        producer.put("key.serializer", StringSerializer.class.getName());
        producer.put("value.serializer", StringSerializer.class.getName());
        producer.put("enable.idempotence", "true");
        producer.put("transactional.id", "writer-" + topic);
        try (KafkaProducer<String, String> client = new KafkaProducer<>(producer)) {
            client.initTransactions();
            client.beginTransaction();
            client.send(new ProducerRecord<>(topic, aborted));
            client.flush();
            client.abortTransaction();
            client.beginTransaction();
            for (String value : values) {
                client.send(new ProducerRecord<>(topic, value));
            }
            client.commitTransaction();
        }
    }

    /** Reads committed records from the start of the topic until {@code count} came, or a minute passed. */
    static List<String> consumeCommitted(Map<String, Object> settings, String topic, int count) {
        Map<String, Object> consumer = new HashMap<>(settings);
        consumer.put("key.deserializer", StringDeserializer.class.getName());
        consumer.put("value.deserializer", StringDeserializer.class.getName());
        consumer.put("group.id", "reader-" + topic);
        consumer.put("auto.offset.reset", "earliest");
        consumer.put("isolation.level", "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> client = new KafkaConsumer<>(consumer)) {
            client.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (values.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : client.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            // one more poll: a record that should not be there would show now
            client.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
        }
        return values;
    }
}
