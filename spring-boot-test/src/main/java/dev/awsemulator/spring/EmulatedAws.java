package dev.awsemulator.spring;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring application at an emulator: on a {@code @SpringBootTest} class (or its base class), Spring
 * Cloud AWS's SQS, SNS and Kinesis clients reach an emulator with no wiring code; on a configuration class
 * given to {@code SpringApplication.from(..).with(..)}, the application itself runs against one.
 *
 * <p>One emulator runs per distinct set of these attributes in the JVM, shared by every application context
 * that declares them, so it lives as long as Spring's context cache keeps those contexts: started with the
 * first, stopped after the last has closed (or at JVM exit). Its declared resources are re-created empty
 * before each test class, and before each test with {@link #resetBeforeEachTest()}.
 *
 * <p>The context gets the Spring Cloud AWS properties {@code spring.cloud.aws.sqs.endpoint},
 * {@code spring.cloud.aws.sns.endpoint}, {@code spring.cloud.aws.kinesis.endpoint},
 * {@code spring.cloud.aws.region.static} and {@code spring.cloud.aws.credentials.access-key}/{@code secret-key},
 * with the lowest precedence: a value the application or the test sets itself wins, and the log says so at
 * INFO. Declared MSK clusters and Amazon MQ brokers add Spring Boot's Kafka, ActiveMQ and RabbitMQ connection
 * properties the same way, so a {@code @KafkaListener}, {@code JmsTemplate} or {@code RabbitTemplate} reaches them
 * unchanged; with the AWS SDK's {@code kafka} or {@code mq} module on the classpath, the context gets a
 * {@code KafkaClient} or {@code MqClient} bean for the emulator unless it defines one. The {@link dev.awsemulator.junit.AwsEmulator} handle (and the {@link dev.awsemulator.junit.VirtualClock}
 * with virtual time) are beans; test methods may also take them, and the SDK clients the JUnit extension
 * injects, as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmulatorParameterResolver.class)
@Import(LocalEmulatorRegistrar.class)
public @interface EmulatedAws {

    /** The region of the properties, the handle and the declared resources. */
    String region() default "us-east-1";

    /**
     * Runs every timer of the emulator on a {@link dev.awsemulator.junit.VirtualClock} that only
     * {@code advance} moves. Long polls wait in virtual time too: a listener container's poll ends when a
     * message arrives or the clock passes its wait.
     */
    boolean virtualTime() default false;

    /** Also re-creates the declared resources, empty, before each test, not only before each test class. */
    boolean resetBeforeEachTest() default false;

    /** Standard queues to create, by name; a name ending in {@code .fifo} makes a FIFO queue. */
    String[] queues() default {};

    /** Topics to create, by name; a name ending in {@code .fifo} makes a FIFO topic. */
    String[] topics() default {};

    /** Kinesis streams to create, one shard each. */
    String[] streams() default {};

    /**
     * Amazon MSK clusters to create, one real broker each: {@code dev.awsemulator:emulator-kafka} must be on the
     * test classpath. They auto-create topics, as a local Kafka does, since a reset empties them and topics an
     * application declares as {@code NewTopic} beans are made once per context. The first one's plaintext bootstrap
     * servers become {@code spring.kafka.bootstrap-servers}.
     */
    String[] clusters() default {};

    /**
     * Amazon MQ ActiveMQ brokers to create, each with the user {@link #mqUsername()}: {@code dev.awsemulator:mq-activemq}
     * must be on the test classpath. The first one's plaintext OpenWire endpoint and that user become
     * {@code spring.activemq.broker-url}, {@code spring.activemq.user} and {@code spring.activemq.password}.
     */
    String[] activeMqBrokers() default {};

    /**
     * Amazon MQ RabbitMQ brokers to create, each with the administrator {@link #mqUsername()}:
     * {@code dev.awsemulator:mq-rabbitmq} must be on the test classpath. The first one's plaintext AMQP 0-9-1
     * address and that user become {@code spring.rabbitmq.host}, {@code port}, {@code username} and {@code password}.
     */
    String[] rabbitMqBrokers() default {};

    /** The user of the declared Amazon MQ brokers. */
    String mqUsername() default "emulator";

    /** The password of {@link #mqUsername()}: twelve characters at least, as Amazon MQ requires. */
    String mqPassword() default "emulator-password";

    /**
     * A config file of queues, topics, subscriptions and streams, in the dev server's format (YAML, or JSON when
     * the name ends in {@code .json}): a classpath resource of this name, else a file path.
     */
    String config() default "";
}
