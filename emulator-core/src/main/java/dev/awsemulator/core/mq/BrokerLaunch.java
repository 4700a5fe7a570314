package dev.awsemulator.core.mq;

import dev.awsemulator.core.persistence.ServiceStorage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * What a broker runtime needs to start one broker.
 *
 * @param host               the address to listen on
 * @param preferredListeners the ports of the broker's last run, to take again when free; empty the first time
 * @param users              who may connect (the applied users, not pending changes)
 * @param configuration      the applied configuration revision's text (ActiveMQ XML, RabbitMQ's
 *                           {@code rabbitmq.conf}), already validated; null for none
 * @param storage            where the broker keeps its files, under {@link #directoryNames()}; a persistent
 *                           storage means its persistent messages must survive a restart
 */
public record BrokerLaunch(String brokerId, String brokerName, EngineType engineType, String engineVersion,
                           String host, List<BrokerListener> preferredListeners, List<BrokerCredentials> users,
                           String configuration, BrokerTls tls, ServiceStorage storage) {

    /** The folder of the service's storage that holds every broker's files, one folder each. */
    static final String BROKERS = "brokers";

    public BrokerLaunch {
        preferredListeners = List.copyOf(preferredListeners);
        users = List.copyOf(users);
    }

    /** The broker's folder in {@link #storage()}: {@code storage().directory(directoryNames())}. */
    public String[] directoryNames() {
        return new String[] {BROKERS, brokerId};
    }

    /** The port of {@code protocol} the broker had last time, or 0 for any free port. */
    public int preferredPort(BrokerProtocol protocol, boolean tls) {
        return preferredListeners.stream()
                .filter(listener -> listener.protocol() == protocol && listener.tls() == tls)
                .mapToInt(BrokerListener::port).findFirst().orElse(0);
    }

    /**
     * The port to bind for {@code protocol}: the broker's last one when it is free again (a reboot or a
     * restart keeps clients' addresses), else 0 for any free one.
     */
    public int portToBind(BrokerProtocol protocol, boolean tls) {
        int preferred = preferredPort(protocol, tls);
        if (preferred <= 0) {
            return 0;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, preferred));
            return preferred;
        } catch (IOException taken) {
            return 0;
        }
    }
}
