package dev.awsemulator.core.kinesis;

/** Where a stream lives: names are unique per account and region. */
record StreamKey(String partition, String region, String accountId, String name) {

    String arn() {
        return "arn:" + partition + ":kinesis:" + region + ":" + accountId + ":stream/" + name;
    }
}
