package dev.awsemulator.samples.jmsbridge;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import javax.net.ssl.SSLSocketFactory;
import java.nio.charset.StandardCharsets;

/**
 * A device in the warehouse that speaks MQTT: it reports each order it packed on the MQTT topic
 * {@code shipments/<order>}, which the broker also delivers to JMS subscribers of {@code shipments.<order>}.
 */
public final class WarehouseScanner implements AutoCloseable {

    private final MqttClient client;

    /** {@code endpoint} as Amazon MQ lists it ({@code mqtt+ssl://host:8883}); Paho names the scheme {@code ssl}. */
    public WarehouseScanner(String endpoint, String username, String password, SSLSocketFactory tls)
            throws MqttException {
        this.client = new MqttClient(endpoint.replace("mqtt+ssl://", "ssl://"), "scanner-" + System.nanoTime(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(username);
        options.setPassword(password.toCharArray());
        options.setSocketFactory(tls);
        client.connect(options);
    }

    public void packed(String orderId) throws MqttException {
        MqttMessage message = new MqttMessage(("{\"orderId\":\"" + orderId + "\",\"status\":\"PACKED\"}")
                .getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish("shipments/" + orderId, message);
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
