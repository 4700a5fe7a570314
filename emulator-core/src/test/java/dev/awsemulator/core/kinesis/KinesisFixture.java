package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.core.time.ManualClock;
import org.assertj.core.api.ThrowableAssert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Kinesis service on virtual time, with short-hands for the calls most tests make. */
class KinesisFixture {

    static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION, URI.create("http://localhost:4566"));
    static final String ARN_PREFIX = "arn:aws:kinesis:us-east-1:000000000000:stream/";

    final ManualClock clock;
    final KinesisService kinesis;

    KinesisFixture() {
        this(KinesisOptions.DEFAULTS);
    }

    KinesisFixture(KinesisOptions options) {
        this(new ManualClock(), options);
    }

    private KinesisFixture(ManualClock clock, KinesisOptions options) {
        this(clock, new KinesisService(clock, options));
    }

    /** The short-hands on a service built elsewhere, e.g. by an emulator with a data directory. */
    KinesisFixture(ManualClock clock, KinesisService kinesis) {
        this.clock = clock;
        this.kinesis = kinesis;
    }

    void create(String name, int shards) {
        kinesis.createStream(CALLER, new CreateStreamRequest(name, shards, null, null, null, null));
    }

    PutRecordResult put(String stream, String partitionKey, String data) {
        return kinesis.putRecord(CALLER, new PutRecordRequest(stream, bytes(data), partitionKey, null, null, null));
    }

    PutRecordResult putAt(String stream, String hashKey, String data) {
        return kinesis.putRecord(CALLER, new PutRecordRequest(stream, bytes(data), "pk", hashKey, null, null));
    }

    String iterator(String stream, String shardId, String type, String sequenceNumber) {
        return kinesis.getShardIterator(CALLER, new GetShardIteratorRequest(stream, shardId, type, sequenceNumber,
                null, null)).shardIterator();
    }

    GetRecordsResult get(String iterator) {
        return kinesis.getRecords(CALLER, new GetRecordsRequest(iterator, null, null));
    }

    /** Everything a shard holds from TRIM_HORIZON, following NextShardIterator until it is caught up or ends. */
    List<String> readAll(String stream, String shardId) {
        List<String> data = new ArrayList<>();
        String iterator = iterator(stream, shardId, "TRIM_HORIZON", null);
        while (iterator != null) {
            GetRecordsResult result = get(iterator);
            result.records().forEach(r -> data.add(text(r.data())));
            if (result.records().isEmpty()) {
                break;
            }
            iterator = result.nextShardIterator();
        }
        return data;
    }

    List<Shard> shards(String stream) {
        return kinesis.describeStream(CALLER, new DescribeStreamRequest(stream, null, null, null))
                .streamDescription().shards();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    static void assertError(ThrowableAssert.ThrowingCallable call, KinesisError code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(code);
            if (message != null) {
                org.assertj.core.api.Assertions.assertThat(e.getMessage()).isEqualTo(message);
            }
        });
    }
}
