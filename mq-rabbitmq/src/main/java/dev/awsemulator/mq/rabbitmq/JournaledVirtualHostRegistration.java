package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.plugin.ConfiguredObjectRegistration;

import java.util.Collection;
import java.util.List;

/** Tells Broker-J's type registry, found with {@code ServiceLoader}, of {@link JournaledVirtualHost}. */
public final class JournaledVirtualHostRegistration implements ConfiguredObjectRegistration {

    // Broker-J's interface declares the raw type.
    @SuppressWarnings("rawtypes")
    @Override
    public Collection<Class<? extends ConfiguredObject>> getConfiguredObjectClasses() {
        return List.of(JournaledVirtualHost.class);
    }

    @Override
    public String getType() {
        return JournaledVirtualHostRegistration.class.getPackageName();
    }
}
