package dev.awsemulator.spring;

import io.awspring.cloud.autoconfigure.AwsAsyncClientCustomizer;
import io.awspring.cloud.autoconfigure.AwsSyncClientCustomizer;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * Customizers Spring Cloud AWS applies to every SDK client it builds, adding the {@link EmulatorInterceptor} to
 * the configuration it has set (never replacing it). Loaded only when Spring Cloud AWS is on the classpath.
 */
final class SpringCloudAwsClients {

    private SpringCloudAwsClients() {
    }

    static void register(ConfigurableListableBeanFactory beans, EmulatorInterceptor interceptor) {
        beans.registerSingleton("awsEmulatorSyncClients", (AwsSyncClientCustomizer) builder -> add(builder, interceptor));
        beans.registerSingleton("awsEmulatorAsyncClients", (AwsAsyncClientCustomizer) builder -> add(builder, interceptor));
    }

    /** {@code builder} is a client's builder, which Spring Cloud AWS hands over as its sync or async side. */
    private static void add(Object builder, EmulatorInterceptor interceptor) {
        SdkClientBuilder<?, ?> client = (SdkClientBuilder<?, ?>) builder;
        ClientOverrideConfiguration configured = client.overrideConfiguration();
        client.overrideConfiguration(configured.toBuilder().addExecutionInterceptor(interceptor).build());
    }
}
