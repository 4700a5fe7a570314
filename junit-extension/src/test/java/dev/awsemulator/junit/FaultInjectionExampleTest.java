package dev.awsemulator.junit;

import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Retry and recovery code, tested against AWS failures injected on purpose. */
class FaultInjectionExampleTest {

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .queue("orders")
            .stream("clicks")
            .build();

    @Test
    void theSdkRetriesAThrottledSendUntilItSucceeds(SqsClient sqs) {
        FaultRule throttle = aws.faults().add(Fault.on("sqs", "SendMessage").resource("orders").times(2)
                .fail("RequestThrottled"));

        sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("orders")).messageBody("order 1"));

        assertThat(aws.inspect().requests())
                .extracting(HandledRequest::operation, HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple("SendMessage", 403, throttle.id()),
                        tuple("SendMessage", 403, throttle.id()),
                        tuple("SendMessage", 200, null));
        assertThat(aws.inspect().queue("orders")).hasSize(1);
    }

    @Test
    void chosenRecordsOfAPutRecordsCallFailAsKinesisReportsThem(KinesisClient kinesis) {
        aws.faults().add(Fault.on("kinesis", "PutRecords").times(1)
                .failEntriesAt("ProvisionedThroughputExceededException", 1, 2));

        PutRecordsResponse response = kinesis.putRecords(b -> b.streamName("clicks").records(
                IntStream.range(0, 4).mapToObj(i -> PutRecordsRequestEntry.builder().partitionKey("user-" + i)
                        .data(SdkBytes.fromUtf8String("click " + i)).build()).toList()));

        assertThat(response.failedRecordCount()).isEqualTo(2);
        assertThat(response.records()).extracting(record -> record.errorCode()).containsExactly(null,
                "ProvisionedThroughputExceededException", "ProvisionedThroughputExceededException", null);
        assertThat(aws.inspect().streamRecords("clicks").values().stream().mapToInt(records -> records.size()).sum())
                .isEqualTo(2);
    }
}
