package dev.awsemulator.server.protocol;

import dev.awsemulator.core.common.AwsException;

import java.util.Map;

/** One AWS wire protocol, for one service: decodes inputs, encodes outputs and errors. */
public interface WireProtocol {

    /**
     * Decodes the request into {@code inputType}.
     *
     * @param body  the raw body (JSON, CBOR)
     * @param form  the form or query-string parameters (Query)
     * @throws AwsException a SerializationException-like error when the input does not fit the shape
     */
    <T> T decode(byte[] body, Map<String, String> form, Class<T> inputType);

    EncodedResponse encode(String operation, Object output, String requestId);

    EncodedResponse encodeError(AwsException error, String requestId);

    /** Does now the set-up that the first request would otherwise wait for (Jackson's, mostly). */
    void prepare();
}
