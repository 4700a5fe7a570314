package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulator;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.util.Map;

/**
 * The SDK clients of the services Spring Cloud AWS has no support for (Amazon MSK's {@code KafkaClient}, Amazon
 * MQ's {@code MqClient}) as beans pointing at the emulator, for each whose SDK module is on the classpath, unless the
 * application defines one: it is then the application's, pointed wherever it says. Decided once every bean definition
 * is known. The clients are the handle's, closed with the emulator, not with the context.
 */
final class ServiceClientBeans implements BeanFactoryPostProcessor {

    /** Bean name by client type. */
    private static final Map<String, String> CLIENTS = Map.of(
            "software.amazon.awssdk.services.kafka.KafkaClient", "awsEmulatorKafkaClient",
            "software.amazon.awssdk.services.mq.MqClient", "awsEmulatorMqClient");

    private final AwsEmulator aws;
    private final ClassLoader classLoader;

    ServiceClientBeans(AwsEmulator aws, ClassLoader classLoader) {
        this.aws = aws;
        this.classLoader = classLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        CLIENTS.forEach((typeName, beanName) -> {
            if (ClassUtils.isPresent(typeName, classLoader)) {
                Class<?> type = ClassUtils.resolveClassName(typeName, classLoader);
                if (beans.getBeanNamesForType(type, true, false).length == 0) {
                    beans.registerSingleton(beanName, aws.client(type));
                }
            }
        });
    }
}
