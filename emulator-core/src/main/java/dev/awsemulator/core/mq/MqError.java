package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.core.mq.api.ErrorAttribute;

/** Amazon MQ's errors: a REST-JSON API whose every error names the request member at fault. */
public enum MqError implements ErrorCode {
    BAD_REQUEST("BadRequestException", 400),
    UNAUTHORIZED("UnauthorizedException", 401),
    FORBIDDEN("ForbiddenException", 403),
    NOT_FOUND("NotFoundException", 404),
    CONFLICT("ConflictException", 409),
    INTERNAL_SERVER_ERROR("InternalServerErrorException", 500);

    private final Spec spec;

    MqError(String code, int httpStatus) {
        this.spec = new Spec(code, code, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The error with its {@code errorAttribute}, the member (in the API's lower camel case) at fault. */
    public AwsException exception(String attribute, String message) {
        return exception(message, new ErrorAttribute(attribute));
    }
}
