package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqsSmokeTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void sendsAndReceivesWithAttributesOverBothProtocols() {
        String url = aws.sqs().createQueue(b -> b.queueName("smoke")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(url).messageBody("hello world").messageAttributes(Map.of(
                "attr1", MessageAttributeValue.builder().dataType("String").stringValue("value1").build())));
        var received = aws.sqs().receiveMessage(b -> b.queueUrl(url).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("hello world");
            assertThat(message.md5OfMessageAttributes()).isEqualTo("3bc3f392bdd1097ba0b434f65d468d2e");
        });
        aws.sqsV1().sendMessage(url, "via query");
        var v1 = aws.sqsV1().receiveMessage(url).getMessages();
        assertThat(v1).singleElement().satisfies(message -> assertThat(message.getBody()).isEqualTo("via query"));
    }
}
