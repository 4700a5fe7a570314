package dev.awsemulator.spring;

import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.junit.MqBroker;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring Boot's connection properties for the clusters and brokers an {@link EmulatedAws} declares, so that Spring
 * Boot's own Kafka, JMS and RabbitMQ support connects to them unchanged: the first MSK cluster's bootstrap servers,
 * the first ActiveMQ broker's OpenWire URL and the first RabbitMQ broker's address, with the declared user. They
 * name the plaintext listeners, as a local broker's would: the TLS ones need the emulator's certificate in a trust
 * store. Like {@link EmulatorProperties}, they are added with the lowest precedence, and only where the application
 * or the test has set nothing.
 */
final class BrokerProperties {

    static final String SOURCE_NAME = "awsEmulatorBrokers";

    private BrokerProperties() {
    }

    static MapPropertySource of(EmulatorDefinition definition, AwsEmulator aws, Environment environment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        first(definition.clusters()).ifPresent(cluster -> put(properties, environment,
                "spring.kafka.bootstrap-servers", aws.bootstrapServers(cluster), "MSK cluster " + cluster));
        first(definition.activeMqBrokers()).ifPresent(name -> {
            MqBroker broker = aws.mqBroker(name);
            String target = "Amazon MQ broker " + name;
            put(properties, environment, "spring.activemq.broker-url",
                    broker.plaintextEndpoint(BrokerProtocol.OPENWIRE), target);
            put(properties, environment, "spring.activemq.user", definition.mqUsername(), target);
            put(properties, environment, "spring.activemq.password", definition.mqPassword(), target);
        });
        first(definition.rabbitMqBrokers()).ifPresent(name -> {
            URI address = URI.create(aws.mqBroker(name).plaintextEndpoint(BrokerProtocol.AMQP_0_9_1));
            String target = "Amazon MQ broker " + name;
            put(properties, environment, "spring.rabbitmq.host", address.getHost(), target);
            put(properties, environment, "spring.rabbitmq.port", address.getPort(), target);
            put(properties, environment, "spring.rabbitmq.username", definition.mqUsername(), target);
            put(properties, environment, "spring.rabbitmq.password", definition.mqPassword(), target);
        });
        return new MapPropertySource(SOURCE_NAME, properties);
    }

    private static Optional<String> first(List<String> names) {
        return names.stream().findFirst();
    }

    private static void put(Map<String, Object> properties, Environment environment, String property, Object value,
                            String target) {
        if (environment.containsProperty(property)) {
            EmulatorProperties.keep(environment, property, "not the emulator's " + target);
        } else {
            properties.put(property, value);
        }
    }
}
