package dev.awsemulator.core.sns.signing;

import static dev.awsemulator.core.sns.signing.SampleMessages.SUBSCRIBE_URL;
import static dev.awsemulator.core.sns.signing.SampleMessages.TOPIC_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected strings are the examples of AWS's "Verifying the signatures of Amazon SNS messages". */
class CanonicalStringTest {

    @Test
    void notificationWithSubjectFollowsTheDocumentedExample() {
        assertThat(MessageSigner.canonicalString(SampleMessages.notification())).isEqualTo("""
                Message
                My Test Message
                MessageId
                4d4dc071-ddbf-465d-bba8-08f81c89da64
                Subject
                My subject
                Timestamp
                2019-01-31T04:37:04.321Z
                TopicArn
                %s
                Type
                Notification
                """.formatted(TOPIC_ARN));
    }

    @Test
    void notificationWithoutSubjectLeavesOutTheKeyAsWellAsTheValue() {
        Map<String, String> message = SampleMessages.notification();
        message.remove("Subject");

        assertThat(MessageSigner.canonicalString(message)).isEqualTo("""
                Message
                My Test Message
                MessageId
                4d4dc071-ddbf-465d-bba8-08f81c89da64
                Timestamp
                2019-01-31T04:37:04.321Z
                TopicArn
                %s
                Type
                Notification
                """.formatted(TOPIC_ARN));
    }

    @Test
    void subscriptionConfirmationFollowsTheDocumentedExample() {
        assertThat(MessageSigner.canonicalString(SampleMessages.subscriptionConfirmation())).isEqualTo("""
                Message
                My Test Message
                MessageId
                3d891288-136d-417f-bc05-901c108273ee
                SubscribeURL
                %s
                Timestamp
                2019-01-31T19:25:13.719Z
                Token
                233...
                TopicArn
                %s
                Type
                SubscriptionConfirmation
                """.formatted(SUBSCRIBE_URL, TOPIC_ARN));
    }

    @Test
    void unsubscribeConfirmationSignsTheSameKeysAsSubscriptionConfirmation() {
        Map<String, String> message = SampleMessages.subscriptionConfirmation();
        message.put("Type", "UnsubscribeConfirmation");

        assertThat(MessageSigner.canonicalString(message))
                .isEqualTo(MessageSigner.canonicalString(SampleMessages.subscriptionConfirmation())
                        .replace("SubscriptionConfirmation", "UnsubscribeConfirmation"));
    }

    @Test
    void valuesAreTakenVerbatimSoNewlinesInTheMessageAreSignedAsNewlines() {
        Map<String, String> message = SampleMessages.notification();
        message.put("Message", "line one\nline two");

        assertThat(MessageSigner.canonicalString(message)).startsWith("Message\nline one\nline two\nMessageId\n");
    }

    @Test
    void aConfirmationIgnoresASubjectAndANotificationIgnoresConfirmationKeys() {
        Map<String, String> confirmation = SampleMessages.subscriptionConfirmation();
        confirmation.put("Subject", "not signed");
        Map<String, String> notification = SampleMessages.notification();
        notification.put("Token", "not signed");

        assertThat(MessageSigner.canonicalString(confirmation)).doesNotContain("Subject");
        assertThat(MessageSigner.canonicalString(notification)).doesNotContain("Token");
    }

    @Test
    void aMissingSignedKeyIsRejected() {
        Map<String, String> message = SampleMessages.subscriptionConfirmation();
        message.remove("Token");

        assertThatIllegalArgumentException().isThrownBy(() -> MessageSigner.canonicalString(message))
                .withMessageContaining("Token");
    }

    @Test
    void anUnknownTypeIsRejected() {
        Map<String, String> message = SampleMessages.notification();
        message.put("Type", "Notice");

        assertThatIllegalArgumentException().isThrownBy(() -> MessageSigner.canonicalString(message))
                .withMessageContaining("Notice");
    }
}
