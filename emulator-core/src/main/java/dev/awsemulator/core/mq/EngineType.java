package dev.awsemulator.core.mq;

/** The two broker engines Amazon MQ runs, by the names its API uses. */
public enum EngineType {
    ACTIVEMQ,
    RABBITMQ
}
