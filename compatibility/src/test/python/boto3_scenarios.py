"""The compatibility scenarios through boto3, as a user's Python code calls them.

Usage: boto3_scenarios.py <endpoint> <scenario>. Prints one JSON document: what the client observed
(the Java test asserts on it). Any error ends the script with a non-zero status and the traceback.
Resource names are fixed per scenario; each test class runs against a fresh server.
"""
import base64
import json
import sys

import boto3
import botocore


def clients(endpoint):
    session = boto3.session.Session(region_name="us-east-1", aws_access_key_id="test",
                                    aws_secret_access_key="test")
    return {name: session.client(name, endpoint_url=endpoint) for name in ("sqs", "sns", "kinesis")}


def message(received):
    return {
        "body": received["Body"],
        "md5OfBody": received.get("MD5OfBody"),
        "attributes": received.get("Attributes", {}),
        "messageAttributes": {name: attribute(value)
                              for name, value in received.get("MessageAttributes", {}).items()},
    }


def attribute(value):
    binary = value.get("BinaryValue")
    return {"dataType": value["DataType"], "stringValue": value.get("StringValue"),
            "binaryValue": base64.b64encode(binary).decode() if binary is not None else None}


def receive_all(sqs, url, expected):
    """Receives until `expected` messages arrived or a receive comes back empty."""
    messages = []
    while len(messages) < expected:
        batch = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1,
                                    AttributeNames=["All"], MessageAttributeNames=["All"]).get("Messages", [])
        if not batch:
            break
        messages.extend(batch)
    return messages


def queue_depth(sqs, url):
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=[
        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"]) + int(attributes["ApproximateNumberOfMessagesNotVisible"])


def sqs_standard(c):
    sqs = c["sqs"]
    url = sqs.create_queue(QueueName="standard")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="hello", MessageAttributes={
        "color": {"DataType": "String", "StringValue": "blue"},
        "count": {"DataType": "Number", "StringValue": "3"},
        "blob": {"DataType": "Binary", "BinaryValue": b"\x01\x02\x03"}})
    received = receive_all(sqs, url, 1)
    for each in received:
        sqs.delete_message(QueueUrl=url, ReceiptHandle=each["ReceiptHandle"])
    return {"queueUrl": url, "received": [message(m) for m in received], "remaining": queue_depth(sqs, url)}


def sqs_fifo(c):
    sqs = c["sqs"]
    url = sqs.create_queue(QueueName="orders.fifo", Attributes={
        "FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
    sent = [sqs.send_message(QueueUrl=url, MessageBody=body, MessageGroupId="customer-1")["MessageId"]
            for body in ("first", "second", "third", "first")]
    received = receive_all(sqs, url, 3)
    return {"sentMessageIds": sent, "received": [message(m) for m in received]}


def sqs_attributes(c):
    sqs = c["sqs"]
    url = sqs.create_queue(QueueName="attributes", Attributes={"VisibilityTimeout": "45"},
                           tags={"team": "payments"})["QueueUrl"]
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"MaximumMessageSize": "2048", "DelaySeconds": "1"})
    return {"attributes": sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"],
            "tags": sqs.list_queue_tags(QueueUrl=url).get("Tags", {})}


def sqs_batch(c):
    sqs = c["sqs"]
    url = sqs.create_queue(QueueName="batch")["QueueUrl"]
    sent = sqs.send_message_batch(QueueUrl=url, Entries=[
        {"Id": "a", "MessageBody": "one"},
        {"Id": "b", "MessageBody": "two", "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "k"}}},
        {"Id": "c", "MessageBody": "three"}])
    received = receive_all(sqs, url, 3)
    entries = [{"Id": f"m{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(received)]
    entries.append({"Id": "bogus", "ReceiptHandle": "not-a-receipt-handle"})
    deleted = sqs.delete_message_batch(QueueUrl=url, Entries=entries)
    return {"sentIds": sorted(e["Id"] for e in sent.get("Successful", [])),
            "sendFailures": len(sent.get("Failed", [])),
            "received": [message(m) for m in received],
            "deletedIds": sorted(e["Id"] for e in deleted.get("Successful", [])),
            "deleteFailures": [{"id": e["Id"], "code": e["Code"], "senderFault": e["SenderFault"]}
                               for e in deleted.get("Failed", [])],
            "remaining": queue_depth(sqs, url)}


def sqs_dead_letter(c):
    sqs = c["sqs"]
    dlq_url = sqs.create_queue(QueueName="dead-letters")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    source_url = sqs.create_queue(QueueName="work", Attributes={"RedrivePolicy": json.dumps(
        {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "1"})})["QueueUrl"]
    sqs.send_message(QueueUrl=source_url, MessageBody="poison")
    first = sqs.receive_message(QueueUrl=source_url, VisibilityTimeout=0).get("Messages", [])
    second = sqs.receive_message(QueueUrl=source_url, VisibilityTimeout=0, WaitTimeSeconds=1).get("Messages", [])
    dead = receive_all(sqs, dlq_url, 1)
    return {"firstReceive": [m["Body"] for m in first], "secondReceive": [m["Body"] for m in second],
            "deadLetters": [message(m) for m in dead],
            "deadLetterSourceQueues": sqs.list_dead_letter_source_queues(QueueUrl=dlq_url)["queueUrls"],
            "sourceUrl": source_url}


def sns_fanout(c):
    sqs, sns = c["sqs"], c["sns"]
    topic = sns.create_topic(Name="order-events")["TopicArn"]
    raw_url = sqs.create_queue(QueueName="raw-blue")["QueueUrl"]
    enveloped_url = sqs.create_queue(QueueName="enveloped-all")["QueueUrl"]
    arn = lambda url: sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    raw_subscription = sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn(raw_url), ReturnSubscriptionArn=True,
                                     Attributes={"RawMessageDelivery": "true",
                                                 "FilterPolicy": json.dumps({"color": ["blue"]})})["SubscriptionArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn(enveloped_url))
    for body, color in (("blue order", "blue"), ("red order", "red")):
        sns.publish(TopicArn=topic, Message=body, Subject="order",
                    MessageAttributes={"color": {"DataType": "String", "StringValue": color}})
    return {"topicArn": topic,
            "subscriptionCount": len(sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]),
            "rawSubscriptionAttributes": sns.get_subscription_attributes(
                SubscriptionArn=raw_subscription)["Attributes"],
            "raw": [message(m) for m in receive_all(sqs, raw_url, 1)],
            "enveloped": [json.loads(m["Body"]) for m in receive_all(sqs, enveloped_url, 2)]}


def kinesis_stream(c):
    kinesis = c["kinesis"]
    kinesis.create_stream(StreamName="clicks", ShardCount=2)
    kinesis.get_waiter("stream_exists").wait(StreamName="clicks", WaiterConfig={"Delay": 1})
    put = [kinesis.put_record(StreamName="clicks", PartitionKey="alpha", Data=b"one")]
    batch = kinesis.put_records(StreamName="clicks", Records=[
        {"PartitionKey": "beta", "Data": b"two"}, {"PartitionKey": "gamma", "Data": b"three"}])
    put.extend(batch["Records"])
    shards = kinesis.list_shards(StreamName="clicks")["Shards"]
    records = []
    for shard in shards:
        iterator = kinesis.get_shard_iterator(StreamName="clicks", ShardId=shard["ShardId"],
                                              ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        for record in kinesis.get_records(ShardIterator=iterator)["Records"]:
            records.append({"shardId": shard["ShardId"], "partitionKey": record["PartitionKey"],
                            "data": record["Data"].decode(), "sequenceNumber": record["SequenceNumber"]})
    return {"shardIds": [s["ShardId"] for s in shards], "failedPutCount": batch["FailedRecordCount"],
            "puts": [{"shardId": p["ShardId"], "sequenceNumber": p["SequenceNumber"]} for p in put],
            "records": records}


SCENARIOS = {"sqs-standard": sqs_standard, "sqs-fifo": sqs_fifo, "sqs-attributes": sqs_attributes,
             "sqs-batch": sqs_batch, "sqs-dead-letter": sqs_dead_letter, "sns-fanout": sns_fanout,
             "kinesis-stream": kinesis_stream}

if __name__ == "__main__":
    endpoint, scenario = sys.argv[1], sys.argv[2]
    c = clients(endpoint)
    result = SCENARIOS[scenario](c)
    result["client"] = {"name": "boto3", "version": boto3.__version__, "botocore": botocore.__version__,
                        "protocol": c[scenario.split("-")[0]].meta.service_model.protocol}
    print(json.dumps(result, default=str))
