package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.ErrorCode;

/**
 * Kinesis Data Streams' errors. Kinesis speaks only JSON (and CBOR), so the Query code is the code
 * itself; every error is a 400 except an internal failure.
 */
public enum KinesisError implements ErrorCode {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    RESOURCE_IN_USE("ResourceInUseException", 400),
    INVALID_ARGUMENT("InvalidArgumentException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    EXPIRED_ITERATOR("ExpiredIteratorException", 400),
    EXPIRED_NEXT_TOKEN("ExpiredNextTokenException", 400),
    PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException", 400),
    VALIDATION("ValidationException", 400),
    ACCESS_DENIED("AccessDeniedException", 400),
    KMS_ACCESS_DENIED("KMSAccessDeniedException", 400),
    KMS_DISABLED("KMSDisabledException", 400),
    KMS_INVALID_STATE("KMSInvalidStateException", 400),
    KMS_NOT_FOUND("KMSNotFoundException", 400),
    KMS_OPT_IN_REQUIRED("KMSOptInRequired", 400),
    KMS_THROTTLING("KMSThrottlingException", 400),
    INTERNAL_FAILURE("InternalFailureException", 500);

    private final Spec spec;

    KinesisError(String code, int httpStatus) {
        this.spec = new Spec(code, code, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
