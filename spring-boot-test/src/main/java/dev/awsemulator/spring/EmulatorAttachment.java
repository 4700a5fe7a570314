package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulator;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * What one application context gets from its emulator: a lease (returned when the context closes), the Spring
 * Cloud AWS properties, the handle and virtual clock as beans, and the request gate in Spring Cloud AWS's clients.
 */
final class EmulatorAttachment {

    /** The handle's bean name; its presence also marks a context as attached. */
    static final String HANDLE_BEAN = "awsEmulator";
    private static final String CLOCK_BEAN = "awsEmulatorVirtualClock";
    static final String LEASE_BEAN = "awsEmulatorLease";
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
        beans.registerSingleton(HANDLE_BEAN, handle);
        if (definition.virtualTime()) {
            beans.registerSingleton(CLOCK_BEAN, handle.clock());
        }
        if (ClassUtils.isPresent(SPRING_CLOUD_AWS, context.getClassLoader())) {
            SpringCloudAwsClients.register(beans, new EmulatorInterceptor(shared.gate(), lease));
        }
    }
}
