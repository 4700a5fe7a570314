package dev.awsemulator.server.api;

/**
 * What a service's AWS JSON protocol looks like on the wire.
 *
 * @param targetPrefix    what precedes the operation in {@code X-Amz-Target}
 * @param version         "1.0" or "1.1"
 * @param cbor            whether it is also spoken in CBOR (Kinesis)
 * @param errorTypePrefix what precedes the error code in a JSON {@code __type}
 * @param queryCompatible whether errors also carry {@code x-amzn-query-error} (SQS)
 */
public record JsonFacts(String targetPrefix, String version, boolean cbor, String errorTypePrefix,
                        boolean queryCompatible) {

    public static JsonFacts of(String targetPrefix, String version) {
        return new JsonFacts(targetPrefix, version, false, "", false);
    }

    public JsonFacts withCbor() {
        return new JsonFacts(targetPrefix, version, true, errorTypePrefix, queryCompatible);
    }

    public JsonFacts withErrorTypePrefix(String prefix) {
        return new JsonFacts(targetPrefix, version, cbor, prefix, queryCompatible);
    }

    public JsonFacts withQueryCompatibleErrors() {
        return new JsonFacts(targetPrefix, version, cbor, errorTypePrefix, true);
    }
}
