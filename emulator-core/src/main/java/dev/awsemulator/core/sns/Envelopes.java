package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.sns.signing.MessageSigner;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON documents SNS sends subscribers (notifications and confirmations), in AWS's field order,
 * signed with the emulator's key so that subscribers can verify them as they verify AWS's.
 */
final class Envelopes {

    /** Always with milliseconds, as AWS writes it; ISO_INSTANT would drop a zero fraction. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * Where the certificate is served. A fixed name, so the server can route it before any key
     * exists: the key pair is made on first use, as RSA key generation would cost every emulator's
     * start (and every test class) a noticeable pause.
     */
    static final String CERTIFICATE_PATH = "/_aws/sns/SimpleNotificationService-emulator.pem";

    private final Supplier<MessageSigner> signer;

    Envelopes(Supplier<MessageSigner> signer) {
        this.signer = signer;
    }

    String certificatePem() {
        return signer.get().certificatePem();
    }

    String notification(Notification notification, String protocol, String subscriptionArn, boolean fifo,
                        String signatureVersion, URI endpoint) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", notification.messageId());
        if (fifo) {
            fields.put("SequenceNumber", notification.sequenceNumber());
        }
        fields.put("TopicArn", notification.topicArn());
        if (notification.subject() != null) {
            fields.put("Subject", notification.subject());
        }
        fields.put("Message", notification.messageFor(protocol));
        fields.put("Timestamp", timestamp(notification.timestamp()));
        if (!fifo) {
            sign(fields, signatureVersion, endpoint);
        }
        fields.put("UnsubscribeURL", base(endpoint) + "/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn);
        ObjectNode json = toJson(fields);
        if (!notification.attributes().isEmpty()) {
            ObjectNode attributes = json.putObject("MessageAttributes");
            notification.attributes().forEach((name, value) -> attributes.putObject(name)
                    .put("Type", value.dataType())
                    .put("Value", value.binaryValue() != null
                            ? Base64.getEncoder().encodeToString(value.binaryValue()) : value.stringValue()));
        }
        return json.toString();
    }

    /** A SubscriptionConfirmation or UnsubscribeConfirmation for an HTTP/S or email subscriber. */
    String confirmation(String type, String messageId, String topicArn, String token, String message, Instant at,
                        String signatureVersion, URI endpoint) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type);
        fields.put("MessageId", messageId);
        fields.put("Token", token);
        fields.put("TopicArn", topicArn);
        fields.put("Message", message);
        fields.put("SubscribeURL", subscribeUrl(topicArn, token, endpoint));
        fields.put("Timestamp", timestamp(at));
        sign(fields, signatureVersion, endpoint);
        return toJson(fields).toString();
    }

    static String subscribeUrl(String topicArn, String token, URI endpoint) {
        return base(endpoint) + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=" + token;
    }

    private void sign(Map<String, String> fields, String signatureVersion, URI endpoint) {
        String signature = signer.get().sign(fields, signatureVersion);
        fields.put("SignatureVersion", signatureVersion);
        fields.put("Signature", signature);
        fields.put("SigningCertURL", base(endpoint) + CERTIFICATE_PATH);
    }

    private static ObjectNode toJson(Map<String, String> fields) {
        ObjectNode json = JsonDocuments.MAPPER.createObjectNode();
        fields.forEach(json::put);
        return json;
    }

    private static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    private static String base(URI endpoint) {
        return endpoint.toString().replaceAll("/+$", "");
    }
}
