package dev.awsemulator.junit;

import dev.awsemulator.core.mq.BrokerProtocol;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;

/**
 * An Amazon MQ broker of the emulator, running: where to connect and how to trust it. Get one with
 * {@link AwsEmulator#mqBroker(String)}, which waits until the broker is {@code RUNNING}.
 *
 * <pre>{@code
 * MqBroker broker = aws.mqBroker("orders");
 * ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(broker.endpoint(BrokerProtocol.OPENWIRE));
 * factory.setTrustStore(broker.trustStore().toString());
 * factory.setTrustStorePassword(broker.trustStorePassword());
 * }</pre>
 */
public interface MqBroker {

    String brokerId();

    String brokerArn();

    /** The TLS endpoint of {@code protocol} as DescribeBroker lists it: {@code ssl://127.0.0.1:40123}, ... */
    String endpoint(BrokerProtocol protocol);

    /** The plaintext twin of {@link #endpoint}, for clients that skip TLS: {@code tcp://127.0.0.1:40124}, ... */
    String plaintextEndpoint(BrokerProtocol protocol);

    /** A TLS context that trusts the broker's certificate. */
    SSLContext sslContext();

    /** A PKCS #12 file that trusts the broker's certificate, for clients configured with a trust store path. */
    Path trustStore();

    /** The password of {@link #trustStore()}. */
    String trustStorePassword();
}
