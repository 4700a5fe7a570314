package dev.awsemulator.mq.rabbitmq;

import dev.awsemulator.core.mq.BrokerListener;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.DestinationStats;
import dev.awsemulator.core.mq.RunningBroker;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Exchange;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.Queue;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;
import org.apache.qpid.server.model.port.AmqpPort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A running Qpid broker: its AMQP 0-9-1 ports, its queues and exchanges. */
final class QpidBroker implements RunningBroker {

    private final SystemLauncher launcher;
    private final Broker<?> broker;
    private final AmqpRelay relay;
    private final List<BrokerListener> listeners;

    QpidBroker(SystemLauncher launcher, Broker<?> broker, AmqpRelay relay) {
        this.launcher = launcher;
        this.broker = broker;
        this.relay = relay;
        this.listeners = List.of(new BrokerListener(BrokerProtocol.AMQP_0_9_1, true, relay.tlsPort()),
                new BrokerListener(BrokerProtocol.AMQP_0_9_1, false, relay.plainPort()));
    }

    /** The port Qpid's own AMQP listener bound on the loopback. */
    static int boundPort(Broker<?> broker) {
        for (Port<?> port : broker.getPorts()) {
            if (port instanceof AmqpPort<?> amqp) {
                return amqp.getBoundPort();
            }
        }
        throw new IllegalStateException("the broker has no AMQP port");
    }

    @Override
    public List<BrokerListener> listeners() {
        return listeners;
    }

    /** Queues with their depth and consumers, and the exchanges users declared (not the predefined amq.*). */
    @Override
    public List<DestinationStats> destinations() {
        List<DestinationStats> destinations = new ArrayList<>();
        for (VirtualHostNode<?> node : broker.getVirtualHostNodes()) {
            VirtualHost<?> host = node.getVirtualHost();
            if (host == null) {
                continue;
            }
            for (Queue<?> queue : host.getChildren(Queue.class)) {
                destinations.add(new DestinationStats("queue", queue.getName(), queue.getQueueDepthMessages(),
                        queue.getConsumerCount(), queue.getTotalEnqueuedMessages(), queue.getTotalDequeuedMessages()));
            }
            for (Exchange<?> exchange : host.getChildren(Exchange.class)) {
                if (!exchange.getName().startsWith("amq.")) {
                    destinations.add(new DestinationStats("exchange", exchange.getName(), 0, 0,
                            exchange.getMessagesIn(), 0));
                }
            }
        }
        destinations.sort(Comparator.comparing(DestinationStats::kind).thenComparing(DestinationStats::name));
        return destinations;
    }

    @Override
    public void stop() {
        relay.close();
        launcher.shutdown();
    }
}
