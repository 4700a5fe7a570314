// The compatibility scenarios through the AWS SDK for JavaScript v3, as a user's Node.js code calls them.
//
// Usage: node scenarios.mjs <endpoint> <scenario>. Prints one JSON document: what the client observed
// (the Java test asserts on it). Any error ends the script with a non-zero status and the stack.
// Resource names are fixed per scenario; each test class runs against a fresh server.
import { readFileSync } from "node:fs";
import {
  SQSClient, CreateQueueCommand, SendMessageCommand, SendMessageBatchCommand, ReceiveMessageCommand,
  DeleteMessageCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, SetQueueAttributesCommand,
  ListQueueTagsCommand, ListDeadLetterSourceQueuesCommand,
} from "@aws-sdk/client-sqs";
import {
  SNSClient, CreateTopicCommand, SubscribeCommand, PublishCommand, ListSubscriptionsByTopicCommand,
  GetSubscriptionAttributesCommand,
} from "@aws-sdk/client-sns";
import {
  KinesisClient, CreateStreamCommand, waitUntilStreamExists, PutRecordCommand, PutRecordsCommand,
  ListShardsCommand, GetShardIteratorCommand, GetRecordsCommand, RegisterStreamConsumerCommand,
  DescribeStreamConsumerCommand, SubscribeToShardCommand, DescribeStreamSummaryCommand,
} from "@aws-sdk/client-kinesis";

const [endpoint, scenario] = process.argv.slice(2);
const common = { region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } };
const sqs = new SQSClient({ ...common, endpoint });
// No endpoint: every call names a QueueUrl, so the SDK's queue-URL middleware sends it to that URL's
// host, as it does for users whose code only has queue URLs. The emulator's URLs must lead back to it.
const sqsFollowingQueueUrls = new SQSClient(common);
const sns = new SNSClient({ ...common, endpoint });
// The Kinesis client sends every operation over HTTP/2 (NodeHttp2Handler, h2c on http://).
const kinesis = new KinesisClient({ ...common, endpoint });
const text = new TextEncoder();
const utf8 = new TextDecoder();

const message = (m) => ({
  body: m.Body,
  md5OfBody: m.MD5OfBody,
  attributes: m.Attributes ?? {},
  messageAttributes: Object.fromEntries(Object.entries(m.MessageAttributes ?? {}).map(([name, v]) => [name, {
    dataType: v.DataType,
    stringValue: v.StringValue ?? null,
    binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString("base64") : null,
  }])),
});

// Receives until `expected` messages arrived or a receive comes back empty.
async function receiveAll(client, url, expected) {
  const messages = [];
  while (messages.length < expected) {
    const { Messages = [] } = await client.send(new ReceiveMessageCommand({
      QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1,
      MessageSystemAttributeNames: ["All"], MessageAttributeNames: ["All"],
    }));
    if (Messages.length === 0) break;
    messages.push(...Messages);
  }
  return messages;
}

async function queueDepth(url) {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({
    QueueUrl: url, AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
  }));
  return Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
}

async function queueArn(url) {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }));
  return Attributes.QueueArn;
}

const scenarios = {
  async "sqs-standard"() {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "standard" }));
    await sqs.send(new SendMessageCommand({
      QueueUrl, MessageBody: "hello", MessageAttributes: {
        color: { DataType: "String", StringValue: "blue" },
        count: { DataType: "Number", StringValue: "3" },
        blob: { DataType: "Binary", BinaryValue: Uint8Array.of(1, 2, 3) },
      },
    }));
    const received = await receiveAll(sqsFollowingQueueUrls, QueueUrl, 1);
    for (const m of received) {
      await sqsFollowingQueueUrls.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: m.ReceiptHandle }));
    }
    return { queueUrl: QueueUrl, received: received.map(message), remaining: await queueDepth(QueueUrl) };
  },

  async "sqs-fifo"() {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({
      QueueName: "orders.fifo", Attributes: { FifoQueue: "true", ContentBasedDeduplication: "true" },
    }));
    const sentMessageIds = [];
    for (const body of ["first", "second", "third", "first"]) {
      const { MessageId } = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body, MessageGroupId: "customer-1" }));
      sentMessageIds.push(MessageId);
    }
    return { sentMessageIds, received: (await receiveAll(sqs, QueueUrl, 3)).map(message) };
  },

  async "sqs-attributes"() {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({
      QueueName: "attributes", Attributes: { VisibilityTimeout: "45" }, tags: { team: "payments" },
    }));
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { MaximumMessageSize: "2048", DelaySeconds: "1" } }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] }));
    const { Tags = {} } = await sqs.send(new ListQueueTagsCommand({ QueueUrl }));
    return { attributes: Attributes, tags: Tags };
  },

  async "sqs-batch"() {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "batch" }));
    const sent = await sqs.send(new SendMessageBatchCommand({
      QueueUrl, Entries: [
        { Id: "a", MessageBody: "one" },
        { Id: "b", MessageBody: "two", MessageAttributes: { kind: { DataType: "String", StringValue: "k" } } },
        { Id: "c", MessageBody: "three" },
      ],
    }));
    const received = await receiveAll(sqs, QueueUrl, 3);
    const entries = received.map((m, i) => ({ Id: `m${i}`, ReceiptHandle: m.ReceiptHandle }));
    entries.push({ Id: "bogus", ReceiptHandle: "not-a-receipt-handle" });
    const deleted = await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: entries }));
    return {
      sentIds: (sent.Successful ?? []).map((e) => e.Id).sort(),
      sendFailures: (sent.Failed ?? []).length,
      received: received.map(message),
      deletedIds: (deleted.Successful ?? []).map((e) => e.Id).sort(),
      deleteFailures: (deleted.Failed ?? []).map((e) => ({ id: e.Id, code: e.Code, senderFault: e.SenderFault })),
      remaining: await queueDepth(QueueUrl),
    };
  },

  async "sqs-dead-letter"() {
    const { QueueUrl: dlqUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "dead-letters" }));
    const { QueueUrl: sourceUrl } = await sqs.send(new CreateQueueCommand({
      QueueName: "work", Attributes: {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: await queueArn(dlqUrl), maxReceiveCount: "1" }),
      },
    }));
    await sqs.send(new SendMessageCommand({ QueueUrl: sourceUrl, MessageBody: "poison" }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: sourceUrl, VisibilityTimeout: 0 }));
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: sourceUrl, VisibilityTimeout: 0, WaitTimeSeconds: 1 }));
    const dead = await receiveAll(sqs, dlqUrl, 1);
    const { queueUrls } = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlqUrl }));
    return {
      firstReceive: (first.Messages ?? []).map((m) => m.Body),
      secondReceive: (second.Messages ?? []).map((m) => m.Body),
      deadLetters: dead.map(message), deadLetterSourceQueues: queueUrls, sourceUrl,
    };
  },

  async "sns-fanout"() {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: "order-events" }));
    const { QueueUrl: rawUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "raw-blue" }));
    const { QueueUrl: envelopedUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "enveloped-all" }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({
      TopicArn, Protocol: "sqs", Endpoint: await queueArn(rawUrl), ReturnSubscriptionArn: true,
      Attributes: { RawMessageDelivery: "true", FilterPolicy: JSON.stringify({ color: ["blue"] }) },
    }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: await queueArn(envelopedUrl) }));
    for (const [body, color] of [["blue order", "blue"], ["red order", "red"]]) {
      await sns.send(new PublishCommand({
        TopicArn, Message: body, Subject: "order",
        MessageAttributes: { color: { DataType: "String", StringValue: color } },
      }));
    }
    const { Subscriptions } = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    return {
      topicArn: TopicArn, subscriptionCount: Subscriptions.length, rawSubscriptionAttributes: Attributes,
      raw: (await receiveAll(sqs, rawUrl, 1)).map(message),
      enveloped: (await receiveAll(sqs, envelopedUrl, 2)).map((m) => JSON.parse(m.Body)),
    };
  },

  async "kinesis-stream"() {
    await kinesis.send(new CreateStreamCommand({ StreamName: "clicks", ShardCount: 2 }));
    await waitUntilStreamExists({ client: kinesis, minDelay: 1, maxWaitTime: 20 }, { StreamName: "clicks" });
    const puts = [await kinesis.send(new PutRecordCommand({ StreamName: "clicks", PartitionKey: "alpha", Data: text.encode("one") }))];
    const batch = await kinesis.send(new PutRecordsCommand({
      StreamName: "clicks", Records: [
        { PartitionKey: "beta", Data: text.encode("two") }, { PartitionKey: "gamma", Data: text.encode("three") },
      ],
    }));
    puts.push(...batch.Records);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: "clicks" }));
    const records = [];
    for (const shard of Shards) {
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({
        StreamName: "clicks", ShardId: shard.ShardId, ShardIteratorType: "TRIM_HORIZON",
      }));
      const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      records.push(...Records.map((r) => ({
        shardId: shard.ShardId, partitionKey: r.PartitionKey, data: utf8.decode(r.Data), sequenceNumber: r.SequenceNumber,
      })));
    }
    return {
      shardIds: Shards.map((s) => s.ShardId), failedPutCount: batch.FailedRecordCount,
      puts: puts.map((p) => ({ shardId: p.ShardId, sequenceNumber: p.SequenceNumber })), records,
    };
  },

  // Enhanced fan-out: the event stream of SubscribeToShard, read over the same HTTP/2 connection.
  async "kinesis-subscribe"() {
    await kinesis.send(new CreateStreamCommand({ StreamName: "fan-out", ShardCount: 1 }));
    await waitUntilStreamExists({ client: kinesis, minDelay: 1, maxWaitTime: 20 }, { StreamName: "fan-out" });
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "fan-out" }));
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({
      StreamARN: StreamDescriptionSummary.StreamARN, ConsumerName: "dashboard",
    }));
    for (let i = 0; i < 20; i++) {
      const { ConsumerDescription } = await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: Consumer.ConsumerARN }));
      if (ConsumerDescription.ConsumerStatus === "ACTIVE") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    for (const data of ["first", "second"]) {
      await kinesis.send(new PutRecordCommand({ StreamName: "fan-out", PartitionKey: "pk", Data: text.encode(data) }));
    }
    // The subscription would stay open for five minutes, as on AWS: the reader ends it when done.
    const done = new AbortController();
    const { EventStream } = await kinesis.send(new SubscribeToShardCommand({
      ConsumerARN: Consumer.ConsumerARN, ShardId: "shardId-000000000000", StartingPosition: { Type: "TRIM_HORIZON" },
    }), { abortSignal: done.signal });
    const records = [];
    let continuationSequenceNumber;
    for await (const event of EventStream) {
      if (!event.SubscribeToShardEvent) continue;
      records.push(...event.SubscribeToShardEvent.Records.map((r) => ({ partitionKey: r.PartitionKey, data: utf8.decode(r.Data) })));
      continuationSequenceNumber = event.SubscribeToShardEvent.ContinuationSequenceNumber;
      if (records.length >= 2) break;
    }
    done.abort();
    return { records, continuationSequenceNumber };
  },
};

const versionOf = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version;
const service = scenario.split("-")[0];
const clientPackage = { sqs: "@aws-sdk/client-sqs", sns: "@aws-sdk/client-sns", kinesis: "@aws-sdk/client-kinesis" }[service];
const result = await scenarios[scenario]();
const handler = { sqs, sns, kinesis }[service].config.requestHandler;
result.client = {
  name: clientPackage, version: versionOf(clientPackage),
  requestHandler: (typeof handler === "function" ? "factory" : handler.constructor.name),
};
console.log(JSON.stringify(result));
for (const client of [sqs, sqsFollowingQueueUrls, sns, kinesis]) client.destroy();
