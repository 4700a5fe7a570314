package dev.awsemulator.core.sqs;

/**
 * A queue at a glance, for tools that show every queue of every account and region: its ARN and how
 * many of its messages are in each state right now, counted exactly.
 *
 * @param waitingReceives how many long polls wait on it
 */
public record QueueOverview(String arn, long visible, long inFlight, long delayed, int waitingReceives) {
}
