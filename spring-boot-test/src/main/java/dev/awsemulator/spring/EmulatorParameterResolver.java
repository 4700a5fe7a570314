package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.junit.VirtualClock;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.beans.factory.annotation.ParameterResolutionDelegate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * Gives test methods of an {@link EmulatedAws} class the emulator's {@link AwsEmulator}, {@link VirtualClock}
 * and the SDK clients the JUnit extension makes for it (not the application's beans: those come with
 * {@code @Autowired}, which this leaves to Spring).
 */
final class EmulatorParameterResolver implements ParameterResolver {

    private static final Set<String> CLIENTS = Set.of(
            "software.amazon.awssdk.services.sqs.SqsClient", "software.amazon.awssdk.services.sqs.SqsAsyncClient",
            "software.amazon.awssdk.services.sns.SnsClient", "software.amazon.awssdk.services.sns.SnsAsyncClient",
            "software.amazon.awssdk.services.kinesis.KinesisClient",
            "software.amazon.awssdk.services.kinesis.KinesisAsyncClient",
            "software.amazon.awssdk.services.kafka.KafkaClient", "software.amazon.awssdk.services.mq.MqClient");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return parameter.getDeclaringExecutable() instanceof Method
                && !ParameterResolutionDelegate.isAutowirable(parameter.getParameter(), parameter.getIndex())
                && (type == AwsEmulator.class || type == VirtualClock.class || CLIENTS.contains(type.getName()));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        AwsEmulator aws = SpringExtension.getApplicationContext(context).getBean(EmulatorAttachment.HANDLE_BEAN,
                AwsEmulator.class);
        if (type == AwsEmulator.class) {
            return aws;
        }
        return type == VirtualClock.class ? aws.clock() : aws.client(type);
    }
}
