package dev.awsemulator.server.api;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server needs to know of one AWS service to route and encode its calls: the names it is
 * reached by, the wire facts of its protocols, and its operations.
 *
 * @param signingName     the service in the SigV4 credential scope (and its ARNs)
 * @param targetPrefix    the {@code X-Amz-Target} prefix of its JSON protocol, null if it has none
 * @param jsonVersion     "1.0" or "1.1"
 * @param cbor            whether its JSON protocol is also spoken in CBOR (Kinesis)
 * @param errorTypePrefix what precedes the error code in a JSON {@code __type}
 * @param queryCompatible whether JSON errors also carry {@code x-amzn-query-error}
 * @param xmlNamespace    the namespace of its Query protocol's XML responses
 * @param flattenedQuery  whether its Query lists and maps are flattened (SQS) or wrapped (SNS)
 */
public record ServiceDefinition(String signingName, String targetPrefix, String jsonVersion, boolean cbor,
                                String errorTypePrefix,
                                boolean queryCompatible, String xmlNamespace, boolean flattenedQuery,
                                WireNames wireNames, Map<String, Operation<?>> operations) {

    public ServiceDefinition {
        operations = Map.copyOf(operations);
    }

    public static Map<String, Operation<?>> table(List<Operation<?>> operations) {
        Map<String, Operation<?>> table = new LinkedHashMap<>();
        operations.forEach(operation -> table.put(operation.name(), operation));
        return table;
    }

    public Operation<?> operation(String name) {
        return operations.get(name);
    }
}
