package dev.awsemulator.core;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.sns.delivery.DeliveredAttribute;
import dev.awsemulator.core.sns.delivery.DeliveryFailedException;
import dev.awsemulator.core.sns.delivery.QueueDelivery;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;

import java.util.LinkedHashMap;
import java.util.Map;

/** SNS's queue deliveries into this emulator's SQS, as the principal AWS shows for messages SNS sent. */
final class SqsQueueDelivery implements QueueDelivery {

    /** The principal SQS reports as SenderId for messages SNS delivered. */
    static final String SNS_SENDER_ID = "AIDAIT2UOQQY3AUEKVGXU";

    private final SqsService sqs;

    SqsQueueDelivery(SqsService sqs) {
        this.sqs = sqs;
    }

    @Override
    public void send(String queueArn, DeferredText body, Map<String, DeliveredAttribute> attributes,
                     String messageGroupId, String messageDeduplicationId) {
        Map<String, MessageAttributeValue> sqsAttributes = new LinkedHashMap<>();
        attributes.forEach((name, value) -> sqsAttributes.put(name,
                new MessageAttributeValue(value.dataType(), value.stringValue(), value.binaryValue(), null, null)));
        try {
            sqs.sendMessageToArn(queueArn, SNS_SENDER_ID, new SendMessageBatchRequestEntry(null, body.draft(), null,
                    sqsAttributes, null, messageDeduplicationId, messageGroupId), body);
        } catch (AwsException e) {
            throw new DeliveryFailedException(e.errorCode().code() + ": " + e.getMessage());
        }
    }
}
