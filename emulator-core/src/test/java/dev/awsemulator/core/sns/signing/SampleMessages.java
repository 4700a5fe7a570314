package dev.awsemulator.core.sns.signing;

import java.util.HashMap;
import java.util.Map;

/**
 * The example messages of AWS's "Verifying the signatures of Amazon SNS messages", plus the unsigned
 * fields a real delivery carries, in mutable hash maps so tests can tamper and so key order cannot
 * leak into the canonical string.
 */
final class SampleMessages {

    static final String TOPIC_ARN = "arn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P";
    static final String SUBSCRIBE_URL = "https://sns.us-east-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn="
            + TOPIC_ARN + "&Token=233...";

    private SampleMessages() {
    }

    static Map<String, String> notification() {
        Map<String, String> message = new HashMap<>();
        message.put("Type", "Notification");
        message.put("MessageId", "4d4dc071-ddbf-465d-bba8-08f81c89da64");
        message.put("TopicArn", TOPIC_ARN);
        message.put("Subject", "My subject");
        message.put("Message", "My Test Message");
        message.put("Timestamp", "2019-01-31T04:37:04.321Z");
        message.put("SignatureVersion", "1");
        message.put("UnsubscribeURL", "https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x");
        return message;
    }

    static Map<String, String> subscriptionConfirmation() {
        Map<String, String> message = new HashMap<>();
        message.put("Type", "SubscriptionConfirmation");
        message.put("MessageId", "3d891288-136d-417f-bc05-901c108273ee");
        message.put("Token", "233...");
        message.put("TopicArn", TOPIC_ARN);
        message.put("Message", "My Test Message");
        message.put("SubscribeURL", SUBSCRIBE_URL);
        message.put("Timestamp", "2019-01-31T19:25:13.719Z");
        message.put("SignatureVersion", "1");
        return message;
    }
}
