package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.core.kafka.api.InvalidParameter;

/**
 * Amazon MSK's errors, as the {@code kafka} model names them. Every one has the members {@code message} and
 * {@code invalidParameter}; the topic operations add Kafka's own refusals under MSK's names.
 */
public enum KafkaError implements ErrorCode {
    BAD_REQUEST("BadRequestException", 400),
    UNAUTHORIZED("UnauthorizedException", 401),
    FORBIDDEN("ForbiddenException", 403),
    NOT_FOUND("NotFoundException", 404),
    CONFLICT("ConflictException", 409),
    TOO_MANY_REQUESTS("TooManyRequestsException", 429),
    INTERNAL_SERVER_ERROR("InternalServerErrorException", 500),
    SERVICE_UNAVAILABLE("ServiceUnavailableException", 503),
    TOPIC_EXISTS("TopicExistsException", 409),
    CLUSTER_CONNECTIVITY("ClusterConnectivityException", 409),
    KAFKA_TIMEOUT("KafkaTimeoutException", 409),
    UNKNOWN_TOPIC_OR_PARTITION("UnknownTopicOrPartitionException", 404),
    CONTROLLER_MOVED("ControllerMovedException", 409),
    NOT_CONTROLLER("NotControllerException", 409),
    REASSIGNMENT_IN_PROGRESS("ReassignmentInProgressException", 409),
    GROUP_SUBSCRIBED_TO_TOPIC("GroupSubscribedToTopicException", 409),
    KAFKA_REQUEST("KafkaRequestException", 400);

    private final Spec spec;

    KafkaError(String code, int httpStatus) {
        this.spec = new Spec(code, code, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The error, naming the request member whose value it refuses, as MSK's {@code invalidParameter} does. */
    public AwsException exception(String message, String invalidParameter) {
        return exception(message, new InvalidParameter(invalidParameter));
    }
}
