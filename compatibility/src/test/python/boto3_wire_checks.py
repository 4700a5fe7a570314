"""Responses that boto3 once could not read from the emulator, or read differently from AWS's.

Usage: boto3_wire_checks.py <endpoint>. Prints one JSON document of what boto3 observed; the Java test
asserts on it. Each check uses its own resources; the test runs against a fresh server.
"""
import json
import sys

import boto3
import botocore
from botocore.exceptions import ClientError


def clients(endpoint):
    session = boto3.session.Session(region_name="us-east-1", aws_access_key_id="test",
                                    aws_secret_access_key="test")
    return {name: session.client(name, endpoint_url=endpoint) for name in ("sqs", "sns", "kinesis")}


def error(call):
    """The code and HTTP status of the error `call` raises, or None if it succeeds."""
    try:
        call()
        return None
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}


def sns_checks(sns, sqs):
    topic = sns.create_topic(Name="wire-checks")["TopicArn"]
    empty = {"subscriptions": sns.list_subscriptions()["Subscriptions"],
             "topicSubscriptions": sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"],
             "tags": sns.list_tags_for_resource(ResourceArn=topic)["Tags"]}
    sns.tag_resource(ResourceArn=topic, Tags=[{"Key": "team", "Value": "payments"}])
    sns.untag_resource(ResourceArn=topic, TagKeys=["absent"])
    fifo = sns.create_topic(Name="wire-checks.fifo", Attributes={"FifoTopic": "true"})["TopicArn"]
    plain_queue = sqs.create_queue(QueueName="wire-checks-plain")["QueueUrl"]
    plain_arn = sqs.get_queue_attributes(QueueUrl=plain_queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    subscription = sns.subscribe(TopicArn=fifo, Protocol="sqs", Endpoint=plain_arn)["SubscriptionArn"]
    sns.delete_topic(TopicArn=topic)
    sns.delete_topic(TopicArn=topic)
    return {"empty": empty,
            "tags": sns.list_tags_for_resource(ResourceArn=fifo)["Tags"],
            "fifoBatchWithoutGroup": error(lambda: sns.publish_batch(TopicArn=fifo, PublishBatchRequestEntries=[
                {"Id": "1", "Message": "no group", "MessageDeduplicationId": "d"}])),
            "fifoToStandardQueue": subscription.startswith(fifo + ":"),
            "subscriptionAttributes": sns.get_subscription_attributes(SubscriptionArn=subscription)["Attributes"],
            "topicsAfterDelete": [t["TopicArn"] for t in sns.list_topics()["Topics"]]}


def sqs_checks(sqs):
    fifo = sqs.create_queue(QueueName="wire-checks.fifo", Attributes={"FifoQueue": "true"})["QueueUrl"]
    plain = sqs.create_queue(QueueName="wire-checks-attributes")["QueueUrl"]
    sqs.send_message(QueueUrl=plain, MessageBody="attributed", MessageAttributes={
        "Hello": {"DataType": "String", "StringValue": "There"},
        "Help.Me": {"DataType": "String", "StringValue": "Me"},
        "General": {"DataType": "String", "StringValue": "Kenobi"}})
    received = sqs.receive_message(QueueUrl=plain, MessageAttributeNames=["Hel.*"])["Messages"][0]
    return {"fifoBatchWithoutGroup": error(lambda: sqs.send_message_batch(QueueUrl=fifo, Entries=[
                {"Id": "grouped", "MessageBody": "a", "MessageGroupId": "g", "MessageDeduplicationId": "a"},
                {"Id": "loose", "MessageBody": "b", "MessageDeduplicationId": "b"}])),
            "prefixedAttributes": sorted(received.get("MessageAttributes", {}))}


def kinesis_checks(kinesis):
    kinesis.create_stream(StreamName="wire-checks")
    kinesis.get_waiter("stream_exists").wait(StreamName="wire-checks", WaiterConfig={"Delay": 1})
    summary = kinesis.describe_stream_summary(StreamName="wire-checks")["StreamDescriptionSummary"]
    return {"mode": summary["StreamModeDetails"]["StreamMode"], "openShards": summary["OpenShardCount"],
            "enhancedMonitoring": summary["EnhancedMonitoring"],
            "updateShardCount": error(lambda: kinesis.update_shard_count(
                StreamName="wire-checks", TargetShardCount=8, ScalingType="UNIFORM_SCALING"))}


if __name__ == "__main__":
    c = clients(sys.argv[1])
    print(json.dumps({"sns": sns_checks(c["sns"], c["sqs"]), "sqs": sqs_checks(c["sqs"]),
                      "kinesis": kinesis_checks(c["kinesis"]),
                      "client": {"boto3": boto3.__version__, "botocore": botocore.__version__}}))
