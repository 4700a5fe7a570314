package dev.awsemulator.samples.eventsourcing;

import dev.awsemulator.samples.LocalEndpoint;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;

import java.util.List;
import java.util.Map;

/**
 * Runs event sourcing against a running emulator: commands append account events, a polling model
 * keeps balances, a fan-out model keeps statements, the stream is resharded between two bursts of
 * commands, and the balances are rebuilt from scratch and compared. The first argument is the
 * endpoint (default {@value LocalEndpoint#DEFAULT}).
 */
public final class EventSourcingApp {

    private static final String STREAM = "accounts";
    private static final StartingPosition TRIM_HORIZON = StartingPosition.builder().type(ShardIteratorType.TRIM_HORIZON).build();

    private EventSourcingApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalEndpoint endpoint = LocalEndpoint.fromArgs(args);
        try (KinesisClient kinesis = endpoint.configure(KinesisClient.builder()).httpClientBuilder(Apache5HttpClient.builder()).build();
             // SubscribeToShard is an HTTP/2 event stream.
             KinesisAsyncClient kinesisAsync = endpoint.configure(KinesisAsyncClient.builder())
                     .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2)).build()) {
            String streamArn = createStream(kinesis);
            BalancesReadModel balances = new BalancesReadModel();
            ShardPoller poller = new ShardPoller(kinesis, STREAM, TRIM_HORIZON, balances);
            StatementReadModel statements = new StatementReadModel();
            try (ShardSubscriber subscriber = new ShardSubscriber(kinesisAsync, streamArn, "statements", TRIM_HORIZON, statements)) {
                subscriber.start();
                // Account ids fresh per run: a second run against the same server starts new aggregates.
                String run = Long.toString(System.currentTimeMillis(), 36);
                List<String> accounts = List.of(run + "-alice", run + "-bob", run + "-carol");
                AccountCommands commands = new AccountCommands(new KinesisEventLog(kinesis, STREAM));
                accounts.forEach(commands::open);
                accounts.forEach(account -> commands.deposit(account, 100));
                commands.withdraw(accounts.get(0), 30);
                poller.catchUp();

                int open = kinesis.describeStreamSummary(b -> b.streamName(STREAM)).streamDescriptionSummary().openShardCount();
                int target = open == 2 ? 4 : 2; // splits on one run, merges on the next
                kinesis.updateShardCount(b -> b.streamName(STREAM).targetShardCount(target).scalingType(ScalingType.UNIFORM_SCALING));
                System.out.println("resharded " + open + " -> " + target + " shards");
                accounts.forEach(account -> commands.deposit(account, 5));
                commands.withdraw(accounts.get(1), 50);
                kinesis.waiter().waitUntilStreamExists(b -> b.streamName(STREAM)); // ACTIVE again

                poller.catchUp();
                awaitStatements(statements, commands);
                for (String account : accounts) {
                    System.out.println(account + ": balance " + balances.balances().get(account) + ", statement "
                            + statements.statements().get(account).stream().map(e -> e.type() + " " + e.amount()).toList());
                }
                System.out.println("order violations: " + balances.orderViolations() + statements.orderViolations()
                        + ", subscription errors: " + subscriber.errors());
            }
            BalancesReadModel rebuilt = new BalancesReadModel();
            new ShardPoller(kinesis, STREAM, TRIM_HORIZON, rebuilt).catchUp();
            System.out.println("rebuilt from TRIM_HORIZON equals live balances: " + rebuilt.balances().equals(balances.balances()));
        }
    }

    /** Creates the stream unless an earlier run did, and waits until it is ACTIVE. */
    private static String createStream(KinesisClient kinesis) {
        try {
            kinesis.createStream(b -> b.streamName(STREAM).shardCount(2));
        } catch (ResourceInUseException alreadyThere) {
            // created by an earlier run
        }
        kinesis.waiter().waitUntilStreamExists(b -> b.streamName(STREAM));
        return kinesis.describeStreamSummary(b -> b.streamName(STREAM)).streamDescriptionSummary().streamARN();
    }

    /** Fan-out pushes records as they arrive; give them a few seconds of real time. */
    private static void awaitStatements(StatementReadModel statements, AccountCommands commands) throws InterruptedException {
        for (int i = 0; i < 100 && !seenAll(statements, commands); i++) {
            Thread.sleep(100);
        }
    }

    private static boolean seenAll(StatementReadModel statements, AccountCommands commands) {
        Map<String, List<AccountEvent>> seen = statements.statements();
        return commands.appended().stream().allMatch(event -> seen.getOrDefault(event.accountId(), List.of()).contains(event));
    }
}
