package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsemulator.server.api.WireNames;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plausible, mostly valid input for an operation, derived from its input record: each component
 * the seed knows by name gets a value naming the account's fixtures, the rest stay absent. The same
 * input is written as a JSON tree (JSON and CBOR) or as Query parameters.
 */
final class SeedInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("maxNumberOfMessages", 1), Map.entry("visibilityTimeout", 30), Map.entry("waitTimeSeconds", 0),
            Map.entry("delaySeconds", 0), Map.entry("maxResults", 10), Map.entry("limit", 10),
            Map.entry("shardCount", 1), Map.entry("targetShardCount", 2), Map.entry("retentionPeriodHours", 48),
            Map.entry("maxNumberOfMessagesPerSecond", 10));

    private final String service;
    private final WireNames names;
    private final boolean flattened;
    private final AccountFixtures fixtures;

    SeedInput(String service, WireNames names, boolean flattened, AccountFixtures fixtures) {
        this.service = service;
        this.names = names;
        this.flattened = flattened;
        this.fixtures = fixtures;
    }

    ObjectNode tree(Class<?> inputType) {
        ObjectNode node = NODES.objectNode();
        for (RecordComponent component : inputType.getRecordComponents()) {
            JsonNode value = value(component.getName(), component.getGenericType());
            if (value != null) {
                node.set(names.name(inputType, component.getName()), value);
            }
        }
        return node;
    }

    /** The same input as Query parameters, the way {@code QueryFormReader} reads them back. */
    Map<String, String> form(Class<?> inputType, ObjectNode tree) {
        Map<String, String> form = new LinkedHashMap<>();
        writeRecord(form, "", inputType, tree);
        return form;
    }

    private void writeRecord(Map<String, String> form, String prefix, Class<?> type, JsonNode tree) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode value = tree.get(names.name(type, component.getName()));
            if (value != null) {
                String key = prefix + names.queryName(type, component.getName());
                write(form, key, component.getGenericType(), value, type, component.getName());
            }
        }
    }

    private void write(Map<String, String> form, String key, Type type, JsonNode value, Class<?> owner,
                       String component) {
        if (type instanceof ParameterizedType parameterized && value.isArray()) {
            String base = flattened ? key : key + ".member";
            for (int i = 0; i < value.size(); i++) {
                write(form, base + "." + (i + 1), parameterized.getActualTypeArguments()[0], value.get(i), null, null);
            }
        } else if (type instanceof ParameterizedType parameterized && value.isObject()) {
            String base = flattened ? key : key + ".entry";
            int index = 1;
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String prefix = base + "." + index++ + ".";
                form.put(prefix + names.mapKeyName(owner, component), entry.getKey());
                write(form, prefix + names.mapValueName(owner, component), parameterized.getActualTypeArguments()[1],
                        entry.getValue(), null, null);
            }
        } else if (type instanceof Class<?> plain && plain.isRecord()) {
            writeRecord(form, key + ".", plain, value);
        } else if (value.isBinary()) {
            form.put(key, Base64.getEncoder().encodeToString(((BinaryNode) value).binaryValue()));
        } else {
            form.put(key, value.asText());
        }
    }

    private JsonNode value(String name, Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return list(name, arguments[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(name, arguments[1]);
            }
            return null;
        }
        Class<?> plain = (Class<?>) type;
        if (plain == String.class) {
            String text = text(name);
            return text == null ? null : TextNode.valueOf(text);
        }
        if (plain == Integer.class || plain == int.class) {
            Integer number = NUMBERS.get(name);
            return number == null ? null : IntNode.valueOf(number);
        }
        if (plain == byte[].class) {
            return name.equals("data") ? BinaryNode.valueOf("hello".getBytes(StandardCharsets.UTF_8)) : null;
        }
        if (plain.isRecord()) {
            ObjectNode record = tree(plain);
            return record.isEmpty() ? null : record;
        }
        return null;
    }

    private JsonNode list(String name, Type element) {
        ArrayNode list = NODES.arrayNode();
        if (element == String.class) {
            String text = switch (name) {
                case "attributeNames", "messageAttributeNames", "messageSystemAttributeNames", "attributes" -> "All";
                case "tagKeys" -> "k";
                case "shardLevelMetrics" -> "IncomingBytes";
                case "awsAccountIds", "awsAccountId" -> fixtures.accountId();
                case "actions", "actionName" -> service.equals("sqs") ? "SendMessage" : "Publish";
                default -> null;
            };
            return text == null ? null : list.add(text);
        }
        JsonNode item = value(name, element);
        return item == null ? null : list.add(item);
    }

    private JsonNode map(String name, Type valueType) {
        ObjectNode map = NODES.objectNode();
        switch (name) {
            case "attributes" -> map.put(service.equals("sqs") ? "DelaySeconds" : "DisplayName", "0");
            case "tags" -> map.put("k", "v");
            case "messageAttributes" -> {
                JsonNode attribute = value("messageAttribute", valueType);
                map.set("a", attribute);
            }
            default -> {
                return null;
            }
        }
        return map;
    }

    private String text(String name) {
        return switch (name) {
            case "queueUrl" -> fixtures.queueUrl(AccountFixtures.QUEUE);
            case "queueName" -> AccountFixtures.QUEUE;
            case "queueNamePrefix" -> "fuzz";
            case "sourceArn" -> fixtures.queueArn(AccountFixtures.DEAD_LETTER_QUEUE);
            case "destinationArn" -> fixtures.queueArn(AccountFixtures.QUEUE);
            case "messageBody", "message", "value" -> "hello";
            case "id" -> "e1";
            case "label" -> "perm";
            case "receiptHandle" -> "AQEBreceipt";
            case "dataType" -> "String";
            case "stringValue" -> "v";
            case "taskHandle" -> "task";
            case "topicArn", "targetArn" -> fixtures.topicArn();
            case "resourceArn" -> fixtures.topicArn();
            case "subscriptionArn" -> fixtures.topicArn() + ":00000000-0000-0000-0000-000000000000";
            case "protocol" -> "sqs";
            case "endpoint" -> fixtures.queueArn(AccountFixtures.QUEUE);
            case "subject" -> "subject";
            case "name" -> AccountFixtures.TOPIC;
            case "attributeName" -> "DisplayName";
            case "attributeValue" -> "display";
            case "streamName" -> AccountFixtures.STREAM;
            case "streamARN", "resourceARN" -> fixtures.streamArn();
            case "consumerName" -> AccountFixtures.CONSUMER;
            case "consumerARN" -> fixtures.consumerArn();
            case "shardId", "shardToSplit", "shardToMerge" -> "shardId-000000000000";
            case "adjacentShardToMerge" -> "shardId-000000000001";
            case "newStartingHashKey" -> "170141183460469231731687303715884105728";
            case "partitionKey" -> "pk";
            case "shardIteratorType", "type" -> "TRIM_HORIZON";
            case "shardIterator" -> fixtures.shardIterator();
            case "scalingType" -> "UNIFORM_SCALING";
            case "streamMode" -> "PROVISIONED";
            case "encryptionType" -> "KMS";
            case "keyId" -> "alias/aws/kinesis";
            case "policy" -> "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
            default -> null;
        };
    }
}
