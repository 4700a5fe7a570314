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
    KAFKA("software.amazon.awssdk.services.kafka.KafkaClient", "kafka", Http.SYNC, "MskClients$Sync");

    /** The HTTP client each kind is built with, and the artifact that brings it. */
    enum Http {
        SYNC("software.amazon.awssdk.http.apache.ApacheHttpClient", "apache-client"),
        ASYNC("software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient", "netty-nio-client");

        final String className;
        final String module;

        Http(String className, String module) {
            this.className = className;
            this.module = module;
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
        if (!present.test(http.className)) {
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

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, ClientKind.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
