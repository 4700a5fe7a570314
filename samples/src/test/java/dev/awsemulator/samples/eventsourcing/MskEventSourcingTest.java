package dev.awsemulator.samples.eventsourcing;

import dev.awsemulator.junit.AwsEmulatorExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event sourcing and CQRS on Amazon MSK: the same commands and read models as on Kinesis, the account as the
 * record key of a partitioned topic, read models as consumer groups that resume from their committed offsets,
 * rebuilds as new groups from the earliest offset, and a replay from a timestamp. The cluster's broker is a real
 * Kafka broker in the test's JVM; the tests share it and each uses a topic of its own.
 */
class MskEventSourcingTest {

    private static final int PARTITIONS = 3;

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().cluster("ledger").resetBetweenTests(false)
            .build();

    private final AccountActivity activity = new AccountActivity();

    @Test
    void readModelsInConsumerGroupsFollowTheEventsResumeFromTheirOffsetsAndARebuildEqualsThem(TestInfo test)
            throws Exception {
        Map<String, Object> client = client();
        String topic = topic(client, test);
        try (KafkaEventLog log = new KafkaEventLog(client, topic, Clock.systemUTC())) {
            AccountCommands commands = activity.open(log);
            activity.act(commands, 100);
            BalancesReadModel balances = new BalancesReadModel();
            StatementReadModel statements = new StatementReadModel();
            try (TopicReader balanceReader = TopicReader.inGroup(client, topic, "balances", balances);
                 TopicReader statementReader = TopicReader.inGroup(client, topic, "statements", statements)) {
                balanceReader.catchUp();
                statementReader.catchUp();
            }

            assertThat(balances.balances()).isEqualTo(AccountActivity.sums(commands.appended()));
            AccountActivity.ACCOUNTS.forEach(account ->
                    assertThat(balances.balances().get(account)).isEqualTo(commands.balance(account)));
            assertThat(statements.statements()).isEqualTo(AccountActivity.byAccount(commands.appended()));
            assertThat(committedOffsets(client, "balances")).isEqualTo(endOffsets(client, topic));

            // The balances' group resumes where it committed: a new member applies only the new events.
            int before = commands.appended().size();
            activity.act(commands, 20);
            try (TopicReader resumed = TopicReader.inGroup(client, topic, "balances", balances)) {
                assertThat(resumed.catchUp()).isEqualTo(commands.appended().size() - before);
            }
            assertThat(balances.balances()).isEqualTo(AccountActivity.sums(commands.appended()));

            BalancesReadModel rebuiltBalances = new BalancesReadModel();
            StatementReadModel rebuiltStatements = new StatementReadModel();
            try (TopicReader balanceRebuild = TopicReader.inGroup(client, topic, "balances-rebuild", rebuiltBalances);
                 TopicReader statementRebuild = TopicReader.inGroup(client, topic, "statements-rebuild",
                         rebuiltStatements)) {
                balanceRebuild.catchUp();
                statementRebuild.catchUp();
            }
            assertThat(rebuiltBalances.balances()).isEqualTo(balances.balances());
            assertThat(rebuiltStatements.statements()).isEqualTo(AccountActivity.byAccount(commands.appended()));
            assertThat(List.of(balances, statements, rebuiltBalances, rebuiltStatements)).allSatisfy(model ->
                    assertThat(model.orderViolations()).isEmpty());
        }
    }

    @Test
    void aReplayFromATimestampSeesExactlyTheEventsAppendedSince(TestInfo test) throws Exception {
        Map<String, Object> client = client();
        String topic = topic(client, test);
        SteppingClock clock = new SteppingClock(Instant.now().minus(Duration.ofHours(1)));
        try (KafkaEventLog log = new KafkaEventLog(client, topic, clock)) {
            AccountCommands commands = activity.open(log);
            activity.act(commands, 30);
            clock.skip(Duration.ofMinutes(1));
            Instant since = clock.instant();
            int before = commands.appended().size();
            activity.act(commands, 30);

            StatementReadModel replayed = new StatementReadModel();
            try (TopicReader replay = TopicReader.since(client, topic, since, replayed)) {
                replay.catchUp();
            }

            List<AccountEvent> all = commands.appended();
            assertThat(replayed.statements()).isEqualTo(AccountActivity.byAccount(all.subList(before, all.size())));
            assertThat(replayed.orderViolations()).isEmpty();
        }
    }

    private static Map<String, Object> client() {
        return Map.of("bootstrap.servers", aws.bootstrapServers("ledger"));
    }

    /** A topic of this test's own, partitioned: MSK's default configuration does not create topics on first use. */
    private static String topic(Map<String, Object> client, TestInfo test) throws Exception {
        String topic = "accounts-" + test.getTestMethod().orElseThrow().getName();
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        return topic;
    }

    private static Map<TopicPartition, Long> committedOffsets(Map<String, Object> client, String group)
            throws Exception {
        try (Admin admin = Admin.create(client)) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Map<String, Object> client, String topic) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, PARTITIONS)
                    .mapToObj(partition -> new TopicPartition(topic, partition))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    /**
     * Stamps each record a millisecond after the previous one, so a moment between two events is exact. It starts
     * an hour back, within what the broker accepts as a record's time.
     */
    private static final class SteppingClock extends Clock {

        private final AtomicLong millis;

        SteppingClock(Instant start) {
            this.millis = new AtomicLong(start.toEpochMilli());
        }

        void skip(Duration duration) {
            millis.addAndGet(duration.toMillis());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndIncrement());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("records are stamped in UTC");
        }
    }
}
