package dev.awsemulator.junit;

import dev.awsemulator.server.requests.HandledRequest;

/**
 * One call the emulator answered, as {@link Inspection#requests} lists it.
 *
 * @param service              the signing name of the service that answered ({@code sqs}, {@code sns}, {@code kinesis})
 * @param operation            the operation the request named; {@code (peek)} for an SQS peek
 * @param protocol             {@code json}, {@code cbor}, {@code query} or {@code rest-json}
 * @param status               the HTTP status sent
 * @param errorCode            the AWS error code sent, null on success
 * @param unsupportedOperation true when the request named an operation the emulator does not implement
 * @param accountId            the account the request acted as
 * @param faultRule            the id of the fault rule that acted on the call, null when none did
 */
public record AnsweredRequest(String service, String operation, String protocol, int status, String errorCode,
                              boolean unsupportedOperation, String accountId, String faultRule) {

    static AnsweredRequest of(HandledRequest request) {
        return new AnsweredRequest(request.service(), request.operation(), request.protocol(), request.status(),
                request.errorCode(), request.unsupportedOperation(), request.accountId(), request.faultRule());
    }
}
