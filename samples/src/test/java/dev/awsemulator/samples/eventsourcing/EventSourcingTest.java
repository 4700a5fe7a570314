package dev.awsemulator.samples.eventsourcing;

import dev.awsemulator.junit.AwsEmulatorExtension;
import dev.awsemulator.junit.VirtualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event sourcing and CQRS on Kinesis: balances on GetRecords polling, statements on enhanced
 * fan-out, rebuilds by replay, and per-account order through a reshard while events flow.
 */
class EventSourcingTest {

    private static final String STREAM = "accounts";
    private static final StartingPosition TRIM_HORIZON = StartingPosition.builder().type(ShardIteratorType.TRIM_HORIZON).build();

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().virtualTime().stream(STREAM, 2).build();

    private final AccountActivity activity = new AccountActivity();

    @Test
    void readModelsFollowTheEventsAndARebuildFromScratchEqualsTheLiveOnes(KinesisClient kinesis, KinesisAsyncClient kinesisAsync,
                                                                         VirtualClock clock) throws Exception {
        AccountCommands commands = openAccounts(kinesis);
        BalancesReadModel balances = new BalancesReadModel();
        ShardPoller poller = new ShardPoller(kinesis, STREAM, TRIM_HORIZON, balances);
        StatementReadModel statements = new StatementReadModel();
        try (ShardSubscriber subscriber = new ShardSubscriber(kinesisAsync, streamArn(kinesis), "statements", TRIM_HORIZON, statements)) {
            subscriber.start();
            activity.act(commands, 100);
            poller.catchUp();
            awaitEvents(statements, subscriber, commands.appended().size());

            assertThat(balances.balances()).isEqualTo(AccountActivity.sums(commands.appended()));
            AccountActivity.ACCOUNTS.forEach(account -> assertThat(balances.balances().get(account)).isEqualTo(commands.balance(account)));
            assertThat(statements.statements()).isEqualTo(AccountActivity.byAccount(commands.appended()));

            // A subscription ends after five minutes; the subscriber resubscribes from its checkpoint.
            clock.advance(Duration.ofMinutes(5));
            activity.act(commands, 20);
            awaitEvents(statements, subscriber, commands.appended().size());
            assertThat(statements.statements()).isEqualTo(AccountActivity.byAccount(commands.appended()));
            assertThat(statements.orderViolations()).isEmpty();
        }

        poller.catchUp();
        BalancesReadModel rebuiltBalances = new BalancesReadModel();
        new ShardPoller(kinesis, STREAM, TRIM_HORIZON, rebuiltBalances).catchUp();
        StatementReadModel rebuiltStatements = new StatementReadModel();
        new ShardPoller(kinesis, STREAM, TRIM_HORIZON, rebuiltStatements).catchUp();

        assertThat(rebuiltBalances.balances()).isEqualTo(balances.balances());
        assertThat(rebuiltStatements.statements()).isEqualTo(statements.statements());
        assertThat(List.of(balances, rebuiltBalances, rebuiltStatements)).allSatisfy(model ->
                assertThat(model.orderViolations()).isEmpty());
    }

    @Test
    void aReplayFromATimestampSeesExactlyTheEventsAppendedSince(KinesisClient kinesis, VirtualClock clock) {
        AccountCommands commands = openAccounts(kinesis);
        activity.act(commands, 30);
        clock.advance(Duration.ofMinutes(1));
        Instant since = clock.now();
        int before = commands.appended().size();
        activity.act(commands, 30);

        StatementReadModel replayed = new StatementReadModel();
        new ShardPoller(kinesis, STREAM, StartingPosition.builder().type(ShardIteratorType.AT_TIMESTAMP).timestamp(since).build(),
                replayed).catchUp();

        List<AccountEvent> all = commands.appended();
        assertThat(replayed.statements()).isEqualTo(AccountActivity.byAccount(all.subList(before, all.size())));
        assertThat(replayed.orderViolations()).isEmpty();
    }

    @Test
    void eachAccountsOrderHoldsWhenTheStreamIsReshardedWhileEventsFlow(KinesisClient kinesis, KinesisAsyncClient kinesisAsync)
            throws Exception {
        AccountCommands commands = openAccounts(kinesis);
        BalancesReadModel balances = new BalancesReadModel();
        ShardPoller poller = new ShardPoller(kinesis, STREAM, TRIM_HORIZON, balances);
        StatementReadModel statements = new StatementReadModel();
        try (ShardSubscriber subscriber = new ShardSubscriber(kinesisAsync, streamArn(kinesis), "statements", TRIM_HORIZON, statements)) {
            subscriber.start();
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    activity.act(commands, 1);
                }
            });

            awaitAppended(commands, 100);
            poller.catchUp(); // the polling model reads some of the parents' events before the reshard
            kinesis.updateShardCount(b -> b.streamName(STREAM).targetShardCount(4).scalingType(ScalingType.UNIFORM_SCALING));
            awaitAppended(commands, commands.appended().size() + 100);
            stop.set(true);
            producer.join();

            poller.catchUp();
            awaitEvents(statements, subscriber, commands.appended().size());
            assertThat(aws.inspect().streamRecords(STREAM).values().stream().filter(records -> !records.isEmpty()).count())
                    .as("events in parents and children").isGreaterThan(2);
            assertThat(balances.balances()).isEqualTo(AccountActivity.sums(commands.appended()));
            assertThat(statements.statements()).isEqualTo(AccountActivity.byAccount(commands.appended()));
            assertThat(balances.orderViolations()).isEmpty();
            assertThat(statements.orderViolations()).isEmpty();
        }
    }

    private AccountCommands openAccounts(KinesisClient kinesis) {
        return activity.open(new KinesisEventLog(kinesis, STREAM));
    }

    private static String streamArn(KinesisClient kinesis) {
        return kinesis.describeStreamSummary(b -> b.streamName(STREAM)).streamDescriptionSummary().streamARN();
    }

    /** Fan-out records arrive on the SDK's threads: wait (in real time, briefly) until all are applied. */
    private static void awaitEvents(ReadModel model, ShardSubscriber subscriber, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (model.eventsApplied() < count && subscriber.errors().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(subscriber.errors()).isEmpty();
        assertThat(model.eventsApplied()).isEqualTo(count);
    }

    private static void awaitAppended(AccountCommands commands, int count) {
        while (commands.appended().size() < count) {
            Thread.onSpinWait();
        }
    }
}
