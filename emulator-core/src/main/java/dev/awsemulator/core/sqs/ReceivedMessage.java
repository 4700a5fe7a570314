package dev.awsemulator.core.sqs;

/** A message as it was at the moment of one receive, taken under the queue's lock. */
record ReceivedMessage(QueuedMessage message, String receiptHandle, int receiveCount, long firstReceiveAt) {
}
