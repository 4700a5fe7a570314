package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Queue;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;

/**
 * The messages a broker found in its journal at start. RabbitMQ flags a recovered message redelivered when a
 * consumer had received it before the stop; the journal records no deliveries, so any of them may have
 * been, and each carries the flag, which tells a consumer to check for a duplicate.
 */
final class RecoveredMessages {

    private RecoveredMessages() {
    }

    /**
     * Flags every message the queues hold as redelivered. Call it once the broker has started (recovery runs
     * synchronously within the start) and before any client can connect, when every queued message is a
     * recovered one.
     */
    static void flagRedelivered(Broker<?> broker) {
        for (VirtualHostNode<?> node : broker.getVirtualHostNodes()) {
            VirtualHost<?> host = node.getVirtualHost();
            if (host == null) {
                continue;
            }
            for (Queue<?> queue : host.getChildren(Queue.class)) {
                queue.visit(entry -> {
                    entry.setRedelivered();
                    return false;
                });
            }
        }
    }
}
