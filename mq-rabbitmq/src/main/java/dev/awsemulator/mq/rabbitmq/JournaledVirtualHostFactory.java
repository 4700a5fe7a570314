package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.model.AbstractConfiguredObjectTypeFactory;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.VirtualHostNode;

import java.util.Map;

/** Builds {@link JournaledVirtualHost}s for Broker-J, which finds this factory with {@code ServiceLoader}. */
public final class JournaledVirtualHostFactory extends AbstractConfiguredObjectTypeFactory<JournaledVirtualHost> {

    public JournaledVirtualHostFactory() {
        super(JournaledVirtualHost.class);
    }

    @Override
    protected JournaledVirtualHost createInstance(Map<String, Object> attributes, ConfiguredObject<?> parent) {
        return new JournaledVirtualHost(attributes, (VirtualHostNode<?>) parent);
    }
}
