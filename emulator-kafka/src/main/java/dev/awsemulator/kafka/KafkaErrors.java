package dev.awsemulator.kafka;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kafka.KafkaError;
import org.apache.kafka.common.errors.ControllerMovedException;
import org.apache.kafka.common.errors.GroupSubscribedToTopicException;
import org.apache.kafka.common.errors.NotControllerException;
import org.apache.kafka.common.errors.ReassignmentInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Kafka's refusals as MSK's topic operations name them, keeping Kafka's message. */
final class KafkaErrors {

    private KafkaErrors() {
    }

    static AwsException translate(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AwsException aws) {
            return aws;
        }
        KafkaError code = cause instanceof TopicExistsException ? KafkaError.TOPIC_EXISTS
                : cause instanceof UnknownTopicOrPartitionException ? KafkaError.UNKNOWN_TOPIC_OR_PARTITION
                : cause instanceof TimeoutException ? KafkaError.KAFKA_TIMEOUT
                : cause instanceof ControllerMovedException ? KafkaError.CONTROLLER_MOVED
                : cause instanceof NotControllerException ? KafkaError.NOT_CONTROLLER
                : cause instanceof ReassignmentInProgressException ? KafkaError.REASSIGNMENT_IN_PROGRESS
                : cause instanceof GroupSubscribedToTopicException ? KafkaError.GROUP_SUBSCRIBED_TO_TOPIC
                : KafkaError.KAFKA_REQUEST;
        return code.exception(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
