package dev.awsemulator.server.restjson;

import dev.awsemulator.core.common.ErrorCode;

/** The errors the fake REST-JSON services answer with, as their models name them. */
enum FakeError implements ErrorCode {
    NOT_FOUND("NotFoundException", 404),
    BAD_REQUEST("BadRequestException", 400),
    CONFLICT("ConflictException", 409),
    FUNCTION_NOT_FOUND("ResourceNotFoundException", 404),
    FUNCTION_EXISTS("ResourceConflictException", 409),
    OBJECT_NOT_FOUND("ObjectNotFoundException", 404);

    private final Spec spec;

    FakeError(String code, int status) {
        this.spec = new Spec(code, code, status);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
