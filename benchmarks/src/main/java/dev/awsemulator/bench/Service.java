package dev.awsemulator.bench;

/** The services a target serves and a workload exercises; SNS and Kinesis workloads come later. */
public enum Service {
    SQS, SNS, KINESIS
}
