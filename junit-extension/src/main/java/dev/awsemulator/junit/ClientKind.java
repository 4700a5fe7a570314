package dev.awsemulator.junit;

import org.junit.jupiter.api.extension.ParameterResolutionException;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The SDK clients the extension injects, named by class name so that none of them has to be on the
 * classpath: an absent module makes resolution fail with the artifact to add.
 */
enum ClientKind {
    SQS("software.amazon.awssdk.services.sqs.SqsClient", "sqs", Http.SYNC, "SqsClients$Sync"),
    SQS_ASYNC("software.amazon.awssdk.services.sqs.SqsAsyncClient", "sqs", Http.ASYNC, "SqsClients$Async"),
    SNS("software.amazon.awssdk.services.sns.SnsClient", "sns", Http.SYNC, "SnsClients$Sync"),
    SNS_ASYNC("software.amazon.awssdk.services.sns.SnsAsyncClient", "sns", Http.ASYNC, "SnsClients$Async"),
    KINESIS("software.amazon.awssdk.services.kinesis.KinesisClient", "kinesis", Http.SYNC, "KinesisClients$Sync"),
    KINESIS_ASYNC("software.amazon.awssdk.services.kinesis.KinesisAsyncClient", "kinesis", Http.ASYNC,
            "KinesisClients$Async"),
    MQ("software.amazon.awssdk.services.mq.MqClient", "mq", Http.SYNC, "MqClients$Sync"),
    MQ_ASYNC("software.amazon.awssdk.services.mq.MqAsyncClient", "mq", Http.ASYNC, "MqClients$Async"),
    KAFKA("software.amazon.awssdk.services.kafka.KafkaClient", "kafka", Http.SYNC, "MskClients$Sync");

    /**
     * The HTTP clients each kind may be built with, the first present taken, and the artifact to add when
     * none is. Synchronous clients: Apache 5 (SDK 2.41 and later; the services' own since 2.46, when the
     * Apache 4 client was deprecated), else Apache 4, the services' own before.
     */
    enum Http {
        SYNC("apache5-client", "software.amazon.awssdk.http.apache5.Apache5HttpClient",
                "software.amazon.awssdk.http.apache.ApacheHttpClient"),
        ASYNC("netty-nio-client", "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient");

        final String module;
        final List<String> classNames;

        Http(String module, String... classNames) {
            this.module = module;
            this.classNames = List.of(classNames);
        }

        Optional<String> firstPresent(Predicate<String> present) {
            return classNames.stream().filter(present).findFirst();
        }
    }

    private static final String SDK_GROUP = "software.amazon.awssdk:";

    final String typeName;
    private final String module;
    private final Http http;
    private final String factory;

    ClientKind(String typeName, String module, Http http, String factory) {
        this.typeName = typeName;
        this.module = module;
        this.http = http;
        this.factory = factory;
    }

    static Optional<ClientKind> of(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.typeName.equals(type.getName())).findFirst();
    }

    String simpleName() {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    AutoCloseable create(AwsEmulator aws) {
        return create(aws, ClientKind::onClasspath);
    }

    AutoCloseable create(AwsEmulator aws, Predicate<String> present) {
        List<String> missing = new ArrayList<>();
        if (!present.test(typeName)) {
            missing.add(SDK_GROUP + module);
        }
        if (http.firstPresent(present).isEmpty()) {
            missing.add(SDK_GROUP + http.module);
        }
        if (!missing.isEmpty()) {
            throw new ParameterResolutionException("Cannot inject " + simpleName() + ": add "
                    + String.join(" and ", missing) + " to the test classpath (the extension's SDK dependencies are optional).");
        }
        return newFactory().create(aws);
    }

    private ClientFactory newFactory() {
        try {
            return (ClientFactory) Class.forName(ClientKind.class.getPackageName() + "." + factory)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new ParameterResolutionException("Cannot build a " + simpleName(), cause);
        }
    }

    static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, ClientKind.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
