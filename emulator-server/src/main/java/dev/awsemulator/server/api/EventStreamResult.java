package dev.awsemulator.server.api;

import java.util.concurrent.Flow;

/**
 * What an operation answers with when its response is an event stream (Kinesis SubscribeToShard):
 * the event type of each message and the events, which are encoded with the operation's JSON codec.
 */
public record EventStreamResult(String eventType, Flow.Publisher<?> events) {
}
