package dev.awsemulator.mq.activemq;

import dev.awsemulator.core.mq.BrokerListener;
import dev.awsemulator.core.mq.DestinationStats;
import dev.awsemulator.core.mq.RunningBroker;
import org.apache.activemq.advisory.AdvisorySupport;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.broker.region.DestinationStatistics;
import org.apache.activemq.command.ActiveMQDestination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A running ActiveMQ broker and its WebSocket bridge. */
final class ActiveMqBroker implements RunningBroker {

    private static final System.Logger LOG = System.getLogger(ActiveMqBroker.class.getName());

    private final BrokerService broker;
    private final WebSocketBridge bridge;
    private final List<BrokerListener> listeners;

    ActiveMqBroker(BrokerService broker, WebSocketBridge bridge, List<BrokerListener> listeners) {
        this.broker = broker;
        this.bridge = bridge;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public List<BrokerListener> listeners() {
        return listeners;
    }

    /** Queues and topics, without ActiveMQ's advisory topics. */
    @Override
    public List<DestinationStats> destinations() {
        List<DestinationStats> destinations = new ArrayList<>();
        try {
            Map<ActiveMQDestination, Destination> all = broker.getBroker().getDestinationMap();
            for (Map.Entry<ActiveMQDestination, Destination> entry : all.entrySet()) {
                ActiveMQDestination destination = entry.getKey();
                if (AdvisorySupport.isAdvisoryTopic(destination) || destination.isTemporary()) {
                    continue;
                }
                DestinationStatistics statistics = entry.getValue().getDestinationStatistics();
                destinations.add(new DestinationStats(destination.isQueue() ? "queue" : "topic",
                        destination.getPhysicalName(), statistics.getMessages().getCount(),
                        statistics.getConsumers().getCount(), statistics.getEnqueues().getCount(),
                        statistics.getDequeues().getCount()));
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "no destinations of a stopping broker: {0}", e.toString());
        }
        destinations.sort(Comparator.comparing(DestinationStats::kind).thenComparing(DestinationStats::name));
        return destinations;
    }

    @Override
    public void stop() {
        bridge.close();
        try {
            broker.stop();
            broker.waitUntilStopped();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "ActiveMQ broker {0} did not stop cleanly: {1}",
                    broker.getBrokerName(), e.toString());
        }
    }
}
