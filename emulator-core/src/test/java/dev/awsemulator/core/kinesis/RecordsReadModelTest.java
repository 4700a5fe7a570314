package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.DataRecord;
import dev.awsemulator.core.kinesis.api.SplitShardRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** records(): every record a stream keeps, by shard, as tools read it without being a consumer. */
class RecordsReadModelTest {

    private static final String MIDDLE = "170141183460469231731687303715884105728";

    @Test
    void everyShardIsListedInCreationOrderWithItsRecordsOldestFirstClosedShardsIncluded() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        String first = f.putAt("s", "1", "before the split").sequenceNumber();
        f.kinesis.splitShard(CALLER, new SplitShardRequest("s", "shardId-000000000000", MIDDLE, null));
        f.putAt("s", "1", "low child, first");
        f.putAt("s", "1", "low child, second");
        f.putAt("s", MIDDLE, "high child");

        Map<String, List<DataRecord>> records = f.kinesis.records(CALLER, "s");

        assertThat(records.keySet()).containsExactly("shardId-000000000000", "shardId-000000000001",
                "shardId-000000000002");
        assertThat(records.get("shardId-000000000000")).singleElement()
                .satisfies(record -> assertThat(record.sequenceNumber()).isEqualTo(first));
        assertThat(records.get("shardId-000000000001")).extracting(record -> text(record.data()))
                .containsExactly("low child, first", "low child, second");
        assertThat(records.get("shardId-000000000002")).extracting(record -> text(record.data()))
                .containsExactly("high child");
    }

    @Test
    void readingCountsAgainstNoShardsReadLimit() {
        KinesisFixture f = new KinesisFixture(KinesisOptions.DEFAULTS.withThroughputLimits(true));
        f.create("s", 1);
        f.put("s", "k", "kept");

        for (int i = 0; i < 10; i++) {
            assertThat(f.kinesis.records(CALLER, "s").get("shardId-000000000000")).hasSize(1);
        }
        String iterator = f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null);
        assertThat(f.get(iterator).records()).extracting(record -> text(record.data())).containsExactly("kept");
    }

    @Test
    void recordsPastTheRetentionPeriodAreGone() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        f.put("s", "k", "old");

        f.clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(f.kinesis.records(CALLER, "s").get("shardId-000000000000")).isEmpty();
    }

    @Test
    void anUnknownStreamIsNotFoundAsTheApiSaysIt() {
        KinesisFixture f = new KinesisFixture();

        assertError(() -> f.kinesis.records(CALLER, "missing"), KinesisError.RESOURCE_NOT_FOUND,
                "Stream missing under account 000000000000 not found.");
    }
}
