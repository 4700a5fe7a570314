package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.AwsException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static dev.awsemulator.core.sqs.QueueAttributeNames.*;

/**
 * A queue's settable attributes, validated and with AWS's defaults. Immutable: a change builds a new
 * one, so a half-applied SetQueueAttributes can never be observed.
 */
final class QueueSettings {

    private final Map<String, String> values;
    final boolean fifo;
    final int delaySeconds;
    final int maximumMessageSize;
    final int messageRetentionPeriod;
    final int receiveMessageWaitTimeSeconds;
    final int visibilityTimeout;
    final boolean contentBasedDeduplication;
    final boolean deduplicationPerMessageGroup;
    final RedrivePolicy redrivePolicy;
    final RedriveAllowPolicy redriveAllowPolicy;

    private QueueSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
        fifo = "true".equals(values.get(FIFO_QUEUE));
        delaySeconds = Integer.parseInt(values.get(DELAY_SECONDS));
        maximumMessageSize = Integer.parseInt(values.get(MAXIMUM_MESSAGE_SIZE));
        messageRetentionPeriod = Integer.parseInt(values.get(MESSAGE_RETENTION_PERIOD));
        receiveMessageWaitTimeSeconds = Integer.parseInt(values.get(RECEIVE_MESSAGE_WAIT_TIME_SECONDS));
        visibilityTimeout = Integer.parseInt(values.get(VISIBILITY_TIMEOUT));
        contentBasedDeduplication = "true".equals(values.get(CONTENT_BASED_DEDUPLICATION));
        deduplicationPerMessageGroup = "messageGroup".equals(values.get(DEDUPLICATION_SCOPE));
        String redrive = values.get(REDRIVE_POLICY);
        redrivePolicy = redrive == null ? null : RedrivePolicy.parse(redrive);
        String allow = values.get(REDRIVE_ALLOW_POLICY);
        redriveAllowPolicy = allow == null ? RedriveAllowPolicy.ALLOW_ALL : RedriveAllowPolicy.parse(allow);
    }

    /** Settings as a data directory kept them: values this class validated before they were stored. */
    static QueueSettings restored(Map<String, String> values) {
        return new QueueSettings(values);
    }

    /** Every stored value, for a data directory. */
    Map<String, String> values() {
        return values;
    }

    static QueueSettings defaults(boolean fifo) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VISIBILITY_TIMEOUT, "30");
        values.put(MAXIMUM_MESSAGE_SIZE, "1048576");
        values.put(MESSAGE_RETENTION_PERIOD, "345600");
        values.put(DELAY_SECONDS, "0");
        values.put(RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "0");
        values.put(SQS_MANAGED_SSE_ENABLED, "true");
        if (fifo) {
            values.put(FIFO_QUEUE, "true");
            values.put(CONTENT_BASED_DEDUPLICATION, "false");
            values.put(DEDUPLICATION_SCOPE, "queue");
            values.put(FIFO_THROUGHPUT_LIMIT, "perQueue");
        }
        return new QueueSettings(values);
    }

    /** The stored value of a settable attribute, or null when it is unset. */
    String get(String name) {
        return values.get(name);
    }

    /**
     * Validates {@code changes} against this queue's type and returns the settings with them applied.
     * {@code FifoQueue} is accepted only as {@code true} on a FIFO queue: a queue's type never changes, and
     * naming the type it has is no change (AWS accepts it in SetQueueAttributes as in CreateQueue).
     */
    QueueSettings with(Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(values);
        for (var change : changes.entrySet()) {
            String name = change.getKey();
            String value = change.getValue() == null ? "" : change.getValue();
            apply(next, name, value);
        }
        if ("".equals(changes.get(KMS_MASTER_KEY_ID))) {
            // A queue without a KMS key lists no data key reuse period, even one set in the same request (AWS).
            next.remove(KMS_DATA_KEY_REUSE_PERIOD_SECONDS);
        }
        if ("perMessageGroupId".equals(next.get(FIFO_THROUGHPUT_LIMIT))
                && !"messageGroup".equals(next.get(DEDUPLICATION_SCOPE))) {
            throw SqsError.INVALID_ATTRIBUTE_VALUE.exception("Invalid value for the parameter FifoThroughputLimit. "
                    + "Reason: perMessageGroupId requires DeduplicationScope messageGroup.");
        }
        return new QueueSettings(next);
    }

    private void apply(Map<String, String> next, String name, String value) {
        switch (name) {
            case DELAY_SECONDS -> next.put(name, integer(name, value, 0, 900));
            case MAXIMUM_MESSAGE_SIZE -> next.put(name, integer(name, value, 1024, 1_048_576));
            case MESSAGE_RETENTION_PERIOD -> next.put(name, integer(name, value, 60, 1_209_600));
            case RECEIVE_MESSAGE_WAIT_TIME_SECONDS -> next.put(name, integer(name, value, 0, 20));
            case VISIBILITY_TIMEOUT -> next.put(name, integer(name, value, 0, 43_200));
            case KMS_DATA_KEY_REUSE_PERIOD_SECONDS -> next.put(name, integer(name, value, 60, 86_400));
            case POLICY -> putOrRemove(next, name, value.isEmpty() || JsonDocuments.parseObject(value) != null
                    ? value : invalidValue(name));
            case REDRIVE_POLICY -> putOrRemove(next, name, value.isEmpty() ? "" : RedrivePolicy.parse(value).toJson());
            case REDRIVE_ALLOW_POLICY -> {
                if (!value.isEmpty()) {
                    RedriveAllowPolicy.parse(value);
                }
                putOrRemove(next, name, value);
            }
            case KMS_MASTER_KEY_ID -> {
                putOrRemove(next, name, value);
                if (!value.isEmpty()) {
                    next.put(SQS_MANAGED_SSE_ENABLED, "false");
                    next.putIfAbsent(KMS_DATA_KEY_REUSE_PERIOD_SECONDS, "300");
                }
            }
            case SQS_MANAGED_SSE_ENABLED -> {
                String enabled = bool(name, value);
                if (enabled.equals("true") && next.containsKey(KMS_MASTER_KEY_ID)) {
                    next.remove(KMS_MASTER_KEY_ID);
                    next.remove(KMS_DATA_KEY_REUSE_PERIOD_SECONDS);
                }
                next.put(name, enabled);
            }
            case FIFO_QUEUE -> {
                if (!fifo) {
                    throw unknownAttribute(name);
                }
                if (!bool(name, value).equals("true")) {
                    throw SqsError.INVALID_ATTRIBUTE_VALUE.exception(
                            "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
                }
            }
            case CONTENT_BASED_DEDUPLICATION -> {
                if (!fifo) {
                    throw unknownAttribute(name);
                }
                next.put(name, bool(name, value));
            }
            case DEDUPLICATION_SCOPE -> next.put(requireFifo(name), oneOf(name, value, "messageGroup", "queue"));
            case FIFO_THROUGHPUT_LIMIT -> next.put(requireFifo(name), oneOf(name, value, "perQueue", "perMessageGroupId"));
            default -> throw unknownAttribute(name);
        }
    }

    private String requireFifo(String name) {
        if (!fifo) {
            throw SqsError.INVALID_ATTRIBUTE_NAME.exception(
                    "You can specify the " + name + " only when FifoQueue is set to true.");
        }
        return name;
    }

    private static void putOrRemove(Map<String, String> next, String name, String value) {
        if (value.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
    }

    static AwsException unknownAttribute(String name) {
        return SqsError.INVALID_ATTRIBUTE_NAME.exception("Unknown Attribute " + name + ".");
    }

    private static String invalidValue(String name) {
        throw SqsError.INVALID_ATTRIBUTE_VALUE.exception("Invalid value for the parameter " + name + ".");
    }

    private static String integer(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return Integer.toString(parsed);
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        return invalidValue(name);
    }

    private static String bool(String name, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.toLowerCase(Locale.ROOT);
        }
        return invalidValue(name);
    }

    private static String oneOf(String name, String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        return invalidValue(name);
    }

    /** The first requested attribute whose value differs from ours, for the QueueNameExists message. */
    String firstDifference(Map<String, String> requested) {
        QueueSettings wanted = with(requested);
        for (String name : requested.keySet()) {
            if (!Objects.equals(wanted.get(name), get(name))) {
                return name;
            }
        }
        return null;
    }
}
