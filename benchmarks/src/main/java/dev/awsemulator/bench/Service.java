package dev.awsemulator.bench;

/** The services a target serves and a workload exercises. */
public enum Service {
    SQS, SNS, KINESIS, MQ
}
