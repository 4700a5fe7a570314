package dev.awsemulator.server.requests;

/**
 * One answered AWS call, as a journal entry: what was asked, over which protocol, and how it ended.
 *
 * @param service              the signing name of the service that answered ({@code sqs}, {@code sns}, {@code kinesis})
 * @param operation            the operation named by the request ({@code GET /v1/nope} for a REST request that
 *                             names none); empty or null if it named none
 * @param protocol             {@code json}, {@code cbor}, {@code query} or {@code rest-json}
 * @param status               the HTTP status sent; 0 when a fault rule dropped the connection before any answer
 * @param errorCode            the AWS error code sent, null on success
 * @param unsupportedOperation true when the request named an operation the emulator does not implement
 * @param accountId            the account the request acted as: its access key id if that is 12 digits, else the default
 * @param faultRule            the id of the fault rule that acted on the call (failed, delayed, dropped or cut it
 *                             off, or failed some of its entries), null if none did
 */
public record HandledRequest(String service, String operation, String protocol, int status, String errorCode,
                             boolean unsupportedOperation, String accountId, String faultRule) {

    /** A call no fault rule acted on. */
    public HandledRequest(String service, String operation, String protocol, int status, String errorCode,
                          boolean unsupportedOperation, String accountId) {
        this(service, operation, protocol, status, errorCode, unsupportedOperation, accountId, null);
    }
}
