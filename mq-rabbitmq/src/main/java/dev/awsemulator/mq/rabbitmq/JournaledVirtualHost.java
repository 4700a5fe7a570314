package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.model.ManagedObject;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHostNode;
import org.apache.qpid.server.store.MessageStore;
import org.apache.qpid.server.virtualhost.AbstractVirtualHost;

import java.nio.file.Path;
import java.util.Map;

/**
 * A Broker-J virtual host whose persistent messages on durable queues are kept in a journal in the broker's
 * work directory, so they survive a restart as on RabbitMQ. Broker-J finds the type through
 * {@link JournaledVirtualHostRegistration} and builds it with {@link JournaledVirtualHostFactory}.
 */
@ManagedObject(category = false, type = JournaledVirtualHost.TYPE)
public class JournaledVirtualHost extends AbstractVirtualHost<JournaledVirtualHost> {

    /** The type name a virtual host node's configuration asks for. */
    public static final String TYPE = "Journaled";

    /** The journal's file in the broker's work directory. */
    static final String JOURNAL = "messages.journal";

    JournaledVirtualHost(Map<String, Object> attributes, VirtualHostNode<?> node) {
        super(attributes, node);
    }

    @Override
    protected MessageStore createMessageStore() {
        return new JournaledMessageStore(Path.of(getContextValue(String.class, SystemConfig.QPID_WORK_DIR), JOURNAL));
    }
}
