package dev.awsemulator.core.persistence;

import dev.awsemulator.core.sqs.SqsError;
import dev.awsemulator.core.sqs.api.AddPermissionRequest;
import dev.awsemulator.core.sqs.api.ListQueueTagsResult;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.RemovePermissionRequest;
import dev.awsemulator.core.sqs.api.TagQueueRequest;
import dev.awsemulator.core.sqs.api.UntagQueueRequest;
import dev.awsemulator.core.testsupport.Restarts;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

/** SQS state after a restart, clean or killed, equals the state before it. */
class SqsRestoreTest {

    @RegisterExtension
    final Restarts restarts = new Restarts();

    private SqsFixture fixture() {
        return new SqsFixture(restarts.clock(), restarts.emulator().sqs());
    }

    private SqsFixture killAndRestart() {
        restarts.killAndRestart();
        return fixture();
    }

    @Test
    void inFlightMessageStaysHiddenUntilItsDeadlineThenReappearsWithItsReceiveCount() {
        SqsFixture f = fixture();
        String url = f.createQueue("q", "VisibilityTimeout", "30");
        f.send(url, "first");
        f.send(url, "second");
        Message received = f.receive(url, 1, null).get(0);
        assertThat(received.body()).isEqualTo("first");
        f.advanceSeconds(10);

        f = killAndRestart();

        assertThat(f.counts(url)).isEqualTo(new SqsFixture.Counts(1, 1, 0));
        assertThat(f.receiveOne(url).body()).isEqualTo("second");
        f.advanceSeconds(19);
        assertThat(f.receive(url)).isEmpty();
        f.advanceSeconds(1);
        Message again = f.receiveOne(url);
        assertThat(again.body()).isEqualTo("first");
        assertThat(again.messageId()).isEqualTo(received.messageId());
        assertThat(again.attributes()).containsEntry("ApproximateReceiveCount", "2")
                .containsEntry("ApproximateFirstReceiveTimestamp",
                        received.attributes().get("ApproximateFirstReceiveTimestamp"));
    }

    @Test
    void receiptHandleIssuedBeforeTheRestartStillDeletes() {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.send(url, "m");
        Message received = f.receiveOne(url);

        f = killAndRestart();

        f.delete(url, received.receiptHandle());
        f.advanceSeconds(60);
        assertThat(f.receive(url)).isEmpty();
    }

    @Test
    void delayedMessageAppearsWhenItsDelayEnds() {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.sendDelayed(url, "later", 60);
        f.advanceSeconds(20);

        f = killAndRestart();

        f.assertReceivableAfterExactly(url, 40, "later");
    }

    @Test
    void contentAttributesAndAttributeDigestsSurvive() {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        String md5 = f.sendWithAttributes(url, "body", Map.of("colour", MessageAttributeValue.string("red"),
                "blob", MessageAttributeValue.binary(new byte[]{1, 2, 3}))).md5OfMessageAttributes();

        f = killAndRestart();

        Message message = f.receiveOne(url);
        assertThat(message.messageAttributes().get("colour").stringValue()).isEqualTo("red");
        assertThat(message.messageAttributes().get("blob").binaryValue()).containsExactly(1, 2, 3);
        assertThat(message.md5OfMessageAttributes()).isEqualTo(md5);
    }

    @Test
    void fifoDeduplicationAndOrderSurvive() {
        SqsFixture f = fixture();
        String url = f.createFifoQueue("q.fifo");
        String firstId = f.sendFifo(url, "a1", "a", "d1").messageId();
        f.sendFifo(url, "b1", "b", "d2");
        String lastSequence = f.sendFifo(url, "a2", "a", "d3").sequenceNumber();

        f = killAndRestart();

        var repeated = f.sendFifo(url, "a1 again", "a", "d1");
        assertThat(repeated.messageId()).isEqualTo(firstId);
        assertThat(Long.parseLong(f.sendFifo(url, "a3", "a", "d4").sequenceNumber()))
                .isGreaterThan(Long.parseLong(lastSequence));
        assertThat(f.receiveBodies(url)).containsExactly("a1", "a2", "a3", "b1");
    }

    @Test
    void deletedMessagesPurgedQueuesAndDeletedQueuesStayGone() {
        SqsFixture f = fixture();
        String kept = f.createQueue("kept");
        String purged = f.createQueue("purged");
        String deleted = f.createQueue("deleted");
        f.send(kept, "gone");
        f.send(kept, "stays");
        f.delete(kept, f.receiveOne(kept).receiptHandle());
        f.send(purged, "p");
        f.sqs.purgeQueue(CALLER, new QueueUrlRequest(purged));
        f.send(purged, "after purge");
        f.send(deleted, "d");
        f.sqs.deleteQueue(CALLER, new QueueUrlRequest(deleted));

        SqsFixture after = killAndRestart();

        assertThat(after.receiveBodies(kept)).containsExactly("stays");
        assertThat(after.receiveBodies(purged)).containsExactly("after purge");
        SqsFixture.assertAwsError(() -> after.receive(deleted), SqsError.QUEUE_DOES_NOT_EXIST);
    }

    @Test
    void attributesTagsAndTimestampsSurvive() {
        SqsFixture f = fixture();
        String url = f.createQueue("q", "DelaySeconds", "5", "MaximumMessageSize", "2048");
        f.advanceSeconds(3);
        f.setAttributes(url, "VisibilityTimeout", "99");
        f.sqs.tagQueue(CALLER, new TagQueueRequest(url, Map.of("team", "orders")));
        Map<String, String> before = f.allAttributes(url);

        f = killAndRestart();

        assertThat(f.allAttributes(url)).isEqualTo(before);
        ListQueueTagsResult tags = f.sqs.listQueueTags(CALLER, new QueueUrlRequest(url));
        assertThat(tags.tags()).containsExactly(Map.entry("team", "orders"));
    }

    @Test
    void permissionsAndRemovedTagsSurvive() {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.sqs.addPermission(CALLER, new AddPermissionRequest(url, "send", List.of("111122223333"),
                List.of("SendMessage")));
        f.sqs.addPermission(CALLER, new AddPermissionRequest(url, "receive", List.of("111122223333"),
                List.of("ReceiveMessage")));
        f.sqs.removePermission(CALLER, new RemovePermissionRequest(url, "send"));
        f.sqs.tagQueue(CALLER, new TagQueueRequest(url, Map.of("team", "orders", "stage", "test")));
        f.sqs.untagQueue(CALLER, new UntagQueueRequest(url, List.of("stage")));
        Map<String, String> before = f.allAttributes(url);

        f = killAndRestart();

        assertThat(f.allAttributes(url)).isEqualTo(before).containsKey("Policy");
        assertThat(f.allAttributes(url).get("Policy")).contains("receive").doesNotContain("\"send\"");
        assertThat(f.sqs.listQueueTags(CALLER, new QueueUrlRequest(url)).tags())
                .containsExactly(Map.entry("team", "orders"));
    }

    @Test
    void messageMovedToTheDeadLetterQueueIsThereAfterTheRestart() {
        SqsFixture f = fixture();
        String dlq = f.createQueue("dlq");
        String source = f.createQueue("source", "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + SqsFixture.arnOf("dlq") + "\",\"maxReceiveCount\":\"1\"}");
        f.send(source, "poison");
        f.receiveOne(source);
        f.advanceSeconds(30);
        assertThat(f.receive(source)).isEmpty();

        f = killAndRestart();

        assertThat(f.receive(source)).isEmpty();
        Message dead = f.receiveOne(dlq);
        assertThat(dead.body()).isEqualTo("poison");
    }

    @Test
    void cleanRestartKeepsEverythingInOneSnapshot() {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.send(url, "one");
        f.send(url, "two");

        f = new SqsFixture(restarts.restart().clock(), restarts.emulator().sqs());

        assertThat(f.receiveBodies(url)).containsExactly("one", "two");
    }
}
