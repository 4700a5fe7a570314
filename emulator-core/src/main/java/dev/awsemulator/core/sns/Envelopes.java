package dev.awsemulator.core.sns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.common.JsonDocuments;
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
 * signed with the emulator's key so that subscribers can verify them as they verify AWS's. A
 * notification's signature is put in when its document is first read: a queue keeps the document as
 * a {@link DeferredText} whose draft holds a stand-in of the signature's fixed length.
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

    /** A base64 character: the draft's signature has the final one's length and alphabet. */
    private static final String STAND_IN = "A";
    private static final String SIGNATURE_VALUE = "\"Signature\":\"";

    private final Supplier<MessageSigner> signer;

    Envelopes(Supplier<MessageSigner> signer) {
        this.signer = signer;
    }

    String certificatePem() {
        return signer.get().certificatePem();
    }

    /** The signatures of one publish to a topic with this {@code SignatureVersion}. */
    PublishSignatures signatures(String signatureVersion) {
        return new PublishSignatures(signer, signatureVersion);
    }

    /** A notification; signed (unless {@code fifo}: AWS signs no FIFO topic's notifications) when first read. */
    DeferredText notification(Notification notification, String protocol, String subscriptionArn, boolean fifo,
                              PublishSignatures signatures, URI endpoint) {
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
        if (fifo) {
            return DeferredText.of(document(fields, notification, subscriptionArn, endpoint));
        }
        Supplier<String> signature = signatures.of(fields);
        addSignature(fields, signatures.signatureVersion(), STAND_IN.repeat(signer.get().signatureLength()), endpoint);
        return DeferredText.finishedLater(document(fields, notification, subscriptionArn, endpoint),
                draft -> withSignature(draft, signature.get()));
    }

    private static String document(Map<String, String> fields, Notification notification, String subscriptionArn,
                                   URI endpoint) {
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

    /**
     * The draft with its stand-in replaced. The first {@code "Signature":"} is the field's: a string
     * value cannot hold that sequence (its quotes would be escaped), and every key before it is fixed.
     */
    private static String withSignature(String draft, String signature) {
        int start = draft.indexOf(SIGNATURE_VALUE) + SIGNATURE_VALUE.length();
        return draft.substring(0, start) + signature + draft.substring(start + signature.length());
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
        addSignature(fields, signatureVersion, signer.get().sign(fields, signatureVersion), endpoint);
        return toJson(fields).toString();
    }

    static String subscribeUrl(String topicArn, String token, URI endpoint) {
        return base(endpoint) + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=" + token;
    }

    private static void addSignature(Map<String, String> fields, String signatureVersion, String signature,
                                     URI endpoint) {
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
