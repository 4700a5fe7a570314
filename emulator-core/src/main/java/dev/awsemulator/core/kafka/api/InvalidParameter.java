package dev.awsemulator.core.kafka.api;

/** The member every MSK error shape has beside its message: the request member whose value was refused. */
public record InvalidParameter(String invalidParameter) {
}
