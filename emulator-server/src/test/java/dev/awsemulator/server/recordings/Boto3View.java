package dev.awsemulator.server.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

import java.util.List;
import java.util.Map;

/**
 * An SDK v2 response or error as boto3 returns it, the form LocalStack recorded: members by their model names,
 * members the response lacked left out (the SDK's auto-constructed empty collections are absence), bytes as
 * Python prints them, the HTTP status under {@code ResponseMetadata}, and errors as {@code Error} with
 * {@code Code} and {@code Message} plus what boto3 reads from the wire besides: {@code Type} (the Query body's,
 * or the {@code x-amzn-query-error} header's), {@code QueryErrorCode} (the JSON error's own type when that
 * header gives the legacy Query code) and, beside {@code Error}, the modelled error's {@code message} when boto3
 * finds the error's shape under the code it reads: as AWS's SQS recordings show, when the legacy Query code is
 * the JSON type itself ({@code InvalidAttributeName}), not when the two differ ({@code QueueDoesNotExist}).
 */
final class Boto3View {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Boto3View() {
    }

    static ObjectNode ofResponse(AwsResponse response) {
        ObjectNode node = (ObjectNode) of(response);
        node.putObject("ResponseMetadata").put("HTTPStatusCode", response.sdkHttpResponse().statusCode());
        return node;
    }

    static ObjectNode ofError(AwsServiceException e, RawResponse raw) {
        ObjectNode node = NODES.objectNode();
        ObjectNode error = node.putObject("Error");
        error.put("Code", e.awsErrorDetails().errorCode());
        error.put("Message", e.awsErrorDetails().errorMessage());
        raw.queryErrorType().ifPresent(type -> {
            raw.jsonErrorType().ifPresent(code -> error.put("QueryErrorCode", code));
            error.put("Type", type);
            if (raw.jsonErrorType().filter(e.awsErrorDetails().errorCode()::equals).isPresent()) {
                raw.jsonErrorMessage().ifPresent(message -> node.put("message", message));
            }
        });
        raw.xmlErrorType().ifPresent(type -> error.put("Type", type));
        node.putObject("ResponseMetadata").put("HTTPStatusCode", e.statusCode());
        return node;
    }

    /** Any value of a response: a structure, list, map, string, number, flag, timestamp or blob. */
    static JsonNode of(Object value) {
        if (value instanceof SdkPojo pojo) {
            return structure(pojo);
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JSON.valueToTree(value);
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.textNode(pythonBytes(bytes.asByteArray()));
        }
        return value == null ? NODES.nullNode() : NODES.textNode(value.toString());
    }

    private static ObjectNode structure(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                node.set(field.memberName(), of(value));
            }
        }
        return node;
    }

    private static ArrayNode list(List<?> list) {
        ArrayNode node = NODES.arrayNode();
        list.forEach(element -> node.add(of(element)));
        return node;
    }

    private static ObjectNode map(Map<?, ?> map) {
        ObjectNode node = NODES.objectNode();
        map.forEach((key, element) -> node.set(key.toString(), of(element)));
        return node;
    }

    /** Python's {@code repr} of bytes: {@code b'text'}, other bytes as {@code \xNN}. */
    private static String pythonBytes(byte[] bytes) {
        StringBuilder text = new StringBuilder("b'");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '\\' || c == '\'') {
                text.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                text.append((char) c);
            } else {
                text.append(String.format("\\x%02x", c));
            }
        }
        return text.append('\'').toString();
    }
}
