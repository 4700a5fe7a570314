package dev.awsemulator.core.mq.api;

/** The member every Amazon MQ error has beside its message: the request member at fault. */
public record ErrorAttribute(String errorAttribute) {
}
