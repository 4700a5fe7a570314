package dev.awsemulator.core.common;

/** Errors every AWS service answers the same way, whatever its own model. */
public enum CommonError implements ErrorCode {
    /** A member has a value of the wrong type or form; the request never reached the service logic. */
    SERIALIZATION("SerializationException", "SerializationException", 400),
    UNKNOWN_OPERATION("UnknownOperationException", "InvalidAction", 400),
    /** A REST request whose method and path fit no operation of the service. */
    UNKNOWN_ROUTE("UnknownOperationException", "InvalidAction", 404),
    /** A REST request whose path fits an operation of the service, but not with its method. */
    METHOD_NOT_ALLOWED("MethodNotAllowedException", "InvalidAction", 405),
    MISSING_ACTION("MissingAction", "MissingAction", 400),
    /** A request an emulator-only endpoint does not take (LocalStack's code for it). */
    INVALID_REQUEST("InvalidRequest", "InvalidRequest", 400),
    REQUEST_TOO_LARGE("RequestEntityTooLarge", "RequestEntityTooLarge", 413),
    INTERNAL_FAILURE("InternalFailure", "InternalFailure", 500);

    private final Spec spec;

    CommonError(String code, String queryCode, int httpStatus) {
        this.spec = new Spec(code, queryCode, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
