package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ErrorCode;

/** SNS's errors: it speaks only the Query protocol, so the code is the Query code. */
public enum SnsError implements ErrorCode {
    INVALID_PARAMETER("InvalidParameter", 400),
    PARAMETER_VALUE_INVALID("ParameterValueInvalid", 400),
    NOT_FOUND("NotFound", 404),
    RESOURCE_NOT_FOUND("ResourceNotFound", 404),
    AUTHORIZATION_ERROR("AuthorizationError", 403),
    SUBSCRIPTION_LIMIT_EXCEEDED("SubscriptionLimitExceeded", 403),
    TOPIC_LIMIT_EXCEEDED("TopicLimitExceeded", 403),
    FILTER_POLICY_LIMIT_EXCEEDED("FilterPolicyLimitExceeded", 403),
    TAG_LIMIT_EXCEEDED("TagLimitExceeded", 400),
    TAG_POLICY("TagPolicy", 400),
    INVALID_BATCH_ENTRY_ID("InvalidBatchEntryId", 400),
    BATCH_ENTRY_IDS_NOT_DISTINCT("BatchEntryIdsNotDistinct", 400),
    EMPTY_BATCH_REQUEST("EmptyBatchRequest", 400),
    TOO_MANY_ENTRIES_IN_BATCH_REQUEST("TooManyEntriesInBatchRequest", 400),
    BATCH_REQUEST_TOO_LONG("BatchRequestTooLong", 400),
    ENDPOINT_DISABLED("EndpointDisabled", 400),
    PLATFORM_APPLICATION_DISABLED("PlatformApplicationDisabled", 400),
    OPTED_OUT("OptedOut", 400),
    VERIFICATION("VerificationException", 400),
    VALIDATION("ValidationException", 400),
    /** A request its model's constraints refuse, answered before the service sees it (the Query form of it). */
    VALIDATION_ERROR("ValidationError", 400),
    INVALID_STATE("InvalidState", 400),
    THROTTLED("Throttled", 429);

    private final Spec spec;

    SnsError(String code, int httpStatus) {
        this.spec = new Spec(code, code, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    static AwsException invalidNextToken() {
        return invalidParameter("NextToken");
    }

    static AwsException invalidParameter(String what) {
        return INVALID_PARAMETER.exception("Invalid parameter: " + what);
    }
}
