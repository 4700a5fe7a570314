package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The settable attributes of a topic, validated, with AWS's defaults. Immutable. */
final class TopicAttributes {

    static final String DISPLAY_NAME = "DisplayName";
    static final String POLICY = "Policy";
    static final String DELIVERY_POLICY = "DeliveryPolicy";
    static final String KMS_MASTER_KEY_ID = "KmsMasterKeyId";
    static final String SIGNATURE_VERSION = "SignatureVersion";
    static final String TRACING_CONFIG = "TracingConfig";
    static final String FIFO_TOPIC = "FifoTopic";
    static final String CONTENT_BASED_DEDUPLICATION = "ContentBasedDeduplication";
    static final String ARCHIVE_POLICY = "ArchivePolicy";
    static final String FIFO_THROUGHPUT_SCOPE = "FifoThroughputScope";

    /** Delivery-status logging attributes: stored and returned; there are no CloudWatch logs locally. */
    private static final Set<String> FEEDBACK = Set.of(
            "ApplicationSuccessFeedbackRoleArn", "ApplicationSuccessFeedbackSampleRate", "ApplicationFailureFeedbackRoleArn",
            "FirehoseSuccessFeedbackRoleArn", "FirehoseSuccessFeedbackSampleRate", "FirehoseFailureFeedbackRoleArn",
            "HTTPSuccessFeedbackRoleArn", "HTTPSuccessFeedbackSampleRate", "HTTPFailureFeedbackRoleArn",
            "LambdaSuccessFeedbackRoleArn", "LambdaSuccessFeedbackSampleRate", "LambdaFailureFeedbackRoleArn",
            "SQSSuccessFeedbackRoleArn", "SQSSuccessFeedbackSampleRate", "SQSFailureFeedbackRoleArn");

    private static final List<String> FIFO_ONLY = List.of(CONTENT_BASED_DEDUPLICATION, ARCHIVE_POLICY,
            FIFO_THROUGHPUT_SCOPE);

    private final Map<String, String> values;
    final boolean fifo;

    private TopicAttributes(Map<String, String> values) {
        this.values = Map.copyOf(values);
        this.fifo = "true".equals(values.get(FIFO_TOPIC));
    }

    /** Attributes as a data directory kept them: values this class validated before they were stored. */
    static TopicAttributes restored(Map<String, String> values) {
        return new TopicAttributes(values);
    }

    /**
     * A new topic's attributes. {@code SignatureVersion}, {@code TracingConfig} and {@code FifoThroughputScope} are
     * listed only once set, as AWS lists them; until then signatures are version 1.
     */
    static TopicAttributes defaults(boolean fifo) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(DISPLAY_NAME, "");
        if (fifo) {
            values.put(FIFO_TOPIC, "true");
            values.put(CONTENT_BASED_DEDUPLICATION, "false");
        }
        return new TopicAttributes(values);
    }

    String get(String name) {
        return values.get(name);
    }

    Map<String, String> all() {
        return values;
    }

    boolean contentBasedDeduplication() {
        return "true".equals(values.get(CONTENT_BASED_DEDUPLICATION));
    }

    String signatureVersion() {
        return values.getOrDefault(SIGNATURE_VERSION, "1");
    }

    /** Validates and applies {@code changes}; {@code FifoTopic} only when creating, as a topic's type never changes. */
    TopicAttributes with(Map<String, String> changes, boolean creating) {
        Map<String, String> next = new LinkedHashMap<>(values);
        changes.forEach((name, value) -> apply(next, name, value == null ? "" : value, creating));
        return new TopicAttributes(next);
    }

    private void apply(Map<String, String> next, String name, String value, boolean creating) {
        if (FIFO_ONLY.contains(name) && !fifo) {
            throw SnsError.invalidParameter("Attributes Reason: " + name + " is only valid for FIFO topics.");
        }
        switch (name) {
            case DISPLAY_NAME -> {
                if (value.length() > 100) {
                    throw SnsError.invalidParameter("DisplayName");
                }
                next.put(name, value);
            }
            case POLICY, ARCHIVE_POLICY -> json(next, name, value);
            case DELIVERY_POLICY -> {
                if (!value.isEmpty()) {
                    DeliveryPolicy.parse(value);
                }
                putOrRemove(next, name, value);
            }
            case KMS_MASTER_KEY_ID -> putOrRemove(next, name, value);
            case SIGNATURE_VERSION -> next.put(name, oneOf(name, value, "1", "2"));
            case TRACING_CONFIG -> next.put(name, oneOf(name, value, "PassThrough", "Active"));
            case CONTENT_BASED_DEDUPLICATION -> next.put(name, oneOf(name, value.toLowerCase(Locale.ROOT),
                    "true", "false"));
            case FIFO_THROUGHPUT_SCOPE -> next.put(name, oneOf(name, value, "Topic", "MessageGroup"));
            case FIFO_TOPIC -> {
                if (!creating || !value.equalsIgnoreCase(String.valueOf(fifo))) {
                    throw SnsError.invalidParameter("Attributes Reason: FifoTopic can not be changed.");
                }
            }
            default -> {
                if (!FEEDBACK.contains(name)) {
                    throw SnsError.invalidParameter("AttributeName");
                }
                putOrRemove(next, name, value);
            }
        }
    }

    private static void json(Map<String, String> next, String name, String value) {
        if (!value.isEmpty() && JsonDocuments.parseObject(value) == null) {
            throw SnsError.invalidParameter(name + ": failed to parse JSON.");
        }
        putOrRemove(next, name, value);
    }

    private static void putOrRemove(Map<String, String> next, String name, String value) {
        if (value.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
    }

    private static String oneOf(String name, String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw SnsError.invalidParameter("Attributes Reason: " + name + ": Invalid value [" + value + "].");
    }
}
