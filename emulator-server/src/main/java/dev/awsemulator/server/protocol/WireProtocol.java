package dev.awsemulator.server.protocol;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.server.api.Operation;

/** One AWS wire protocol, for one service: decodes inputs, encodes outputs and errors. */
public interface WireProtocol {

    /**
     * Decodes the request into {@code operation}'s input record.
     *
     * @throws AwsException a SerializationException-like error when the input does not fit the shape
     */
    <T> T decode(Operation<T> operation, IncomingRequest request);

    EncodedResponse encode(Operation<?> operation, Object output, String requestId);

    EncodedResponse encodeError(AwsException error, String requestId);

    /** Does now the set-up that the first request would otherwise wait for (Jackson's, mostly). */
    void prepare();
}
