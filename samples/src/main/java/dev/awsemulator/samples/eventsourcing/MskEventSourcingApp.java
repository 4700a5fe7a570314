package dev.awsemulator.samples.eventsourcing;

import dev.awsemulator.samples.LocalEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.kafka.model.ClusterState;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Event sourcing on Amazon MSK against a running emulator: creates the cluster unless an earlier run did and
 * waits until it is ACTIVE, as Terraform's waiter does, takes its bootstrap brokers, creates the partitioned
 * account topic, appends commands' events, keeps balances and statements in two consumer groups, and rebuilds
 * the balances in a new group from the earliest offset. The first argument is the endpoint (default
 * {@value LocalEndpoint#DEFAULT}).
 */
public final class MskEventSourcingApp {

    private static final String CLUSTER = "ledger";
    private static final String TOPIC = "accounts";
    private static final int PARTITIONS = 3;

    private MskEventSourcingApp() {
    }

    public static void main(String[] args) throws Exception {
        LocalEndpoint endpoint = LocalEndpoint.fromArgs(args);
        String bootstrap;
        try (KafkaClient kafka = endpoint.configure(KafkaClient.builder()).httpClientBuilder(Apache5HttpClient.builder())
                .build()) {
            String arn = awaitActive(kafka, createCluster(kafka));
            bootstrap = kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();
        }
        System.out.println("cluster " + CLUSTER + " is ACTIVE, bootstrap brokers " + bootstrap);
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
        createTopic(client);

        BalancesReadModel balances = new BalancesReadModel();
        StatementReadModel statements = new StatementReadModel();
        // Account ids fresh per run: a second run against the same cluster starts new aggregates.
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> accounts = List.of(run + "-alice", run + "-bob", run + "-carol");
        try (KafkaEventLog log = new KafkaEventLog(client, TOPIC, Clock.systemUTC());
             TopicReader balanceReader = TopicReader.inGroup(client, TOPIC, "balances", balances);
             TopicReader statementReader = TopicReader.inGroup(client, TOPIC, "statements", statements)) {
            AccountCommands commands = new AccountCommands(log);
            accounts.forEach(commands::open);
            accounts.forEach(account -> commands.deposit(account, 100));
            commands.withdraw(accounts.get(0), 30);
            commands.withdraw(accounts.get(1), 50);
            balanceReader.catchUp();
            statementReader.catchUp();
        }
        for (String account : accounts) {
            System.out.println(account + ": balance " + balances.balances().get(account) + ", statement "
                    + statements.statements().get(account).stream().map(e -> e.type() + " " + e.amount()).toList());
        }
        System.out.println("order violations: " + balances.orderViolations() + statements.orderViolations());

        BalancesReadModel rebuilt = new BalancesReadModel();
        try (TopicReader rebuild = TopicReader.inGroup(client, TOPIC, "balances-" + Instant.now().toEpochMilli(),
                rebuilt)) {
            rebuild.catchUp();
        }
        System.out.println("rebuilt from the earliest offset equals live balances for this run: "
                + accounts.stream().allMatch(account -> rebuilt.balances().get(account)
                        .equals(balances.balances().get(account))));
    }

    /** Creates the cluster unless an earlier run did; returns its ARN. */
    private static String createCluster(KafkaClient kafka) {
        return kafka.listClustersV2(b -> b.clusterNameFilter(CLUSTER)).clusterInfoList().stream()
                .filter(cluster -> cluster.clusterName().equals(CLUSTER)).map(Cluster::clusterArn).findFirst()
                .orElseGet(() -> kafka.createCluster(b -> b.clusterName(CLUSTER).kafkaVersion("3.9.x")
                        .numberOfBrokerNodes(1)
                        .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                                .clientSubnets("subnet-1").build())
                        .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                                .clientBroker("TLS_PLAINTEXT").build()).build())).clusterArn());
    }

    /** Polls DescribeClusterV2 until the cluster is ACTIVE (its broker starts in about a second). */
    private static String awaitActive(KafkaClient kafka, String arn) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Cluster cluster = kafka.describeClusterV2(b -> b.clusterArn(arn)).clusterInfo();
            if (cluster.state() == ClusterState.ACTIVE) {
                return arn;
            }
            if (cluster.state() == ClusterState.FAILED) {
                throw new IllegalStateException("cluster " + CLUSTER + " failed: " + cluster.stateInfo().message());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("cluster " + CLUSTER + " is not ACTIVE after a minute");
    }

    private static void createTopic(Map<String, Object> client) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
