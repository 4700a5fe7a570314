package dev.awsemulator.server.http;

import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.protocol.WireProtocol;

/**
 * Where a request goes: the protocol that decodes it and answers it, and the operation, which is
 * null when the request names none we know; the protocol then answers with its error for that.
 */
record Route(WireProtocol protocol, Operation<?> operation, String operationName) {
}
