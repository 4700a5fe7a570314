// A web page's use of the AWS SDK for JavaScript v3, bundled for the browser (esbuild) by the
// compatibility module's BrowserCorsIT. The page is served from another origin than the emulator's, so
// every call goes through the browser's CORS checks: a preflight, then the call itself.
import { SQSClient, CreateQueueCommand, SendMessageCommand, ReceiveMessageCommand } from "@aws-sdk/client-sqs";
import { SNSClient, CreateTopicCommand, PublishCommand } from "@aws-sdk/client-sns";
import {
  KinesisClient, CreateStreamCommand, waitUntilStreamExists, PutRecordCommand,
} from "@aws-sdk/client-kinesis";

// Runs the page's calls against `endpoint`; resolves to what the SDK answered.
export async function run(endpoint) {
  const common = { region: "us-east-1", endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } };
  const sqs = new SQSClient(common);
  const sns = new SNSClient(common);
  const kinesis = new KinesisClient(common);

  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "from-the-browser" }));
  const sent = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "hello from a web page" }));
  const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: "browser-events" }));
  const published = await sns.send(new PublishCommand({ TopicArn, Message: "clicked" }));
  await kinesis.send(new CreateStreamCommand({ StreamName: "browser-clicks", ShardCount: 1 }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 60, minDelay: 1 }, { StreamName: "browser-clicks" });
  const put = await kinesis.send(new PutRecordCommand({
    StreamName: "browser-clicks", PartitionKey: "page", Data: new TextEncoder().encode("click"),
  }));
  const refused = await sqs.send(new ReceiveMessageCommand({ QueueUrl: QueueUrl + "-missing" }))
    .then(() => null, (e) => ({ name: e.name, status: e.$metadata?.httpStatusCode, requestId: e.$metadata?.requestId }));
  return {
    queueUrl: QueueUrl,
    sentMessageId: sent.MessageId,
    sendRequestId: sent.$metadata.requestId ?? null,
    received: Messages.map((m) => m.Body),
    publishedMessageId: published.MessageId ?? null,
    shardId: put.ShardId,
    sequenceNumber: put.SequenceNumber ?? null,
    refused,
  };
}
