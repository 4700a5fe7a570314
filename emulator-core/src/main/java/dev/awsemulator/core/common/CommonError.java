package dev.awsemulator.core.common;

/** Errors every AWS service answers the same way, whatever its own model. */
public enum CommonError implements ErrorCode {
    /** A member has a value of the wrong type or form; the request never reached the service logic. */
    SERIALIZATION("SerializationException", "SerializationException", 400),
    UNKNOWN_OPERATION("UnknownOperationException", "InvalidAction", 400),
    MISSING_ACTION("MissingAction", "MissingAction", 400),
    REQUEST_TOO_LARGE("RequestEntityTooLarge", "RequestEntityTooLarge", 413),
    INTERNAL_FAILURE("InternalFailure", "InternalFailure", 500);

    private final String code;
    private final String queryCode;
    private final int httpStatus;

    CommonError(String code, String queryCode, int httpStatus) {
        this.code = code;
        this.queryCode = queryCode;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String queryCode() {
        return queryCode;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
