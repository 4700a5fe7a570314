package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulator;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * What one application context gets from its emulator: a lease (returned when the context closes), the Spring
 * Cloud AWS properties and those of its clusters and brokers, the handle and virtual clock as beans, the SDK clients
 * Spring Cloud AWS does not make, and the request gate in Spring Cloud AWS's clients.
 */
final class EmulatorAttachment {

    /** The handle's bean name; its presence also marks a context as attached. */
    static final String HANDLE_BEAN = "awsEmulator";
    private static final String CLOCK_BEAN = "awsEmulatorVirtualClock";
    static final String LEASE_BEAN = "awsEmulatorLease";
    private static final String CLIENTS_BEAN = "awsEmulatorServiceClients";
    private static final String SPRING_CLOUD_AWS = "io.awspring.cloud.autoconfigure.AwsAsyncClientCustomizer";

    private EmulatorAttachment() {
    }

    /** Attaches the emulator of {@code definition}, unless the context has one already. */
    static void attach(ConfigurableApplicationContext context, EmulatorDefinition definition) {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        if (beans.containsBean(HANDLE_BEAN)) {
            return;
        }
        SharedEmulator shared = SharedEmulators.lease(definition);
        ContextLease lease = new ContextLease(context, shared);
        // A bean definition, not a registered instance: its destruction callback returns the lease, and being
        // defined before the application's beans it is the first lifecycle bean of its phase to stop.
        GenericBeanDefinition leaseDefinition = new GenericBeanDefinition();
        leaseDefinition.setBeanClass(ContextLease.class);
        leaseDefinition.setInstanceSupplier(() -> lease);
        ((BeanDefinitionRegistry) beans).registerBeanDefinition(LEASE_BEAN, leaseDefinition);
        AwsEmulator handle = shared.handle();
        context.getEnvironment().getPropertySources().addLast(EmulatorProperties.of(handle, context.getEnvironment(),
                context.getClassLoader()));
        context.getEnvironment().getPropertySources().addLast(BrokerProperties.of(definition, handle,
                context.getEnvironment()));
        // A bean definition too: attached from a configuration class's import, the context is past the point where
        // it reads the post-processors added to it, but still looks for those defined as beans.
        GenericBeanDefinition clients = new GenericBeanDefinition();
        clients.setBeanClass(ServiceClientBeans.class);
        clients.setInstanceSupplier(() -> new ServiceClientBeans(handle, context.getClassLoader()));
        ((BeanDefinitionRegistry) beans).registerBeanDefinition(CLIENTS_BEAN, clients);
        beans.registerSingleton(HANDLE_BEAN, handle);
        if (definition.virtualTime()) {
            beans.registerSingleton(CLOCK_BEAN, handle.clock());
        }
        if (ClassUtils.isPresent(SPRING_CLOUD_AWS, context.getClassLoader())) {
            SpringCloudAwsClients.register(beans, new EmulatorInterceptor(shared.gate(), lease));
        }
    }
}
