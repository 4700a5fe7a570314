package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.kafka.api.ClientVpcConnection;
import dev.awsemulator.core.kafka.api.CreateVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.CreateVpcConnectionResult;
import dev.awsemulator.core.kafka.api.DeleteVpcConnectionResult;
import dev.awsemulator.core.kafka.api.DescribeVpcConnectionResult;
import dev.awsemulator.core.kafka.api.ListClientVpcConnectionsRequest;
import dev.awsemulator.core.kafka.api.ListClientVpcConnectionsResult;
import dev.awsemulator.core.kafka.api.ListVpcConnectionsRequest;
import dev.awsemulator.core.kafka.api.ListVpcConnectionsResult;
import dev.awsemulator.core.kafka.api.RejectClientVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.VpcConnection;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Multi-VPC private connectivity: a client account's VPC connections to a cluster, with AWS's states
 * ({@code CREATING} then {@code AVAILABLE}, {@code DELETING} then gone, a cluster owner's rejection
 * {@code REJECTING} then {@code REJECTED}). No network is involved here; clients reach brokers directly.
 */
final class VpcConnections {

    private static final List<String> AUTHENTICATIONS = List.of("SASL_IAM", "SASL_SCRAM", "TLS");

    /** One VPC connection, owned by the account that made it; guarded by its monitor. */
    static final class Connection {
        final String arn;
        final String accountId;
        final String region;
        final String targetClusterArn;
        final String authentication;
        final String vpcId;
        final List<String> clientSubnets;
        final List<String> securityGroups;
        final Instant creationTime;
        final TagMap tags = new TagMap();
        String state;

        Connection(String arn, String accountId, String region, String targetClusterArn, String authentication,
                   String vpcId, List<String> clientSubnets, List<String> securityGroups, Instant creationTime) {
            this.arn = arn;
            this.accountId = accountId;
            this.region = region;
            this.targetClusterArn = targetClusterArn;
            this.authentication = authentication;
            this.vpcId = vpcId;
            this.clientSubnets = clientSubnets;
            this.securityGroups = securityGroups;
            this.creationTime = creationTime;
        }
    }

    private final Clock clock;
    private final ClusterRegistry clusters;
    private final Transitions transitions;
    private final Map<String, Connection> byArn = new ConcurrentHashMap<>();
    private final Consumer<Connection> changed;

    VpcConnections(Clock clock, ClusterRegistry clusters, Transitions transitions, Consumer<Connection> changed) {
        this.clock = clock;
        this.clusters = clusters;
        this.transitions = transitions;
        this.changed = changed;
    }

    CreateVpcConnectionResult create(Caller caller, CreateVpcConnectionRequest request) {
        String target = Checks.required(request.targetClusterArn(), "targetClusterArn");
        Checks.required(request.authentication(), "authentication");
        Checks.oneOf(request.authentication(), AUTHENTICATIONS, "authentication");
        Checks.required(request.vpcId(), "vpcId");
        List<String> subnets = Checks.required(request.clientSubnets(), "clientSubnets");
        List<String> groups = Checks.required(request.securityGroups(), "securityGroups");
        MskCluster cluster = clusters.get(target);
        if (cluster == null || !cluster.region.equals(caller.region())) {
            throw KafkaError.NOT_FOUND.exception("The cluster " + target + " does not exist.", "targetClusterArn");
        }
        Connection connection = new Connection(KafkaArns.vpcConnection(caller, cluster.name, UUID.randomUUID()),
                caller.accountId(), caller.region(), target, request.authentication(), request.vpcId(),
                List.copyOf(subnets), List.copyOf(groups), clock.now());
        connection.state = "CREATING";
        if (request.tags() != null) {
            connection.tags.putAll(request.tags());
        }
        byArn.put(connection.arn, connection);
        changed.accept(connection);
        settle(connection, "CREATING", "AVAILABLE");
        return new CreateVpcConnectionResult(connection.arn, "CREATING", connection.authentication, connection.vpcId,
                connection.clientSubnets, connection.securityGroups, connection.creationTime,
                connection.tags.snapshot());
    }

    DescribeVpcConnectionResult describe(Caller caller, String arn) {
        Connection connection = find(caller, arn);
        synchronized (connection) {
            return new DescribeVpcConnectionResult(connection.arn, connection.targetClusterArn, connection.state,
                    connection.authentication, connection.vpcId, connection.clientSubnets, connection.securityGroups,
                    connection.creationTime, connection.tags.snapshot());
        }
    }

    ListVpcConnectionsResult list(Caller caller, ListVpcConnectionsRequest request) {
        List<Connection> owned = byArn.values().stream().filter(connection -> owned(caller, connection))
                .sorted(Comparator.comparing(connection -> connection.arn)).toList();
        Page<Connection> page = Pages.page(owned, connection -> connection.arn, request.maxResults(),
                request.nextToken());
        return new ListVpcConnectionsResult(page.items().stream().map(connection -> {
            synchronized (connection) {
                return new VpcConnection(connection.arn, connection.targetClusterArn, connection.creationTime,
                        connection.authentication, connection.vpcId, connection.state);
            }
        }).toList(), page.nextToken());
    }

    DeleteVpcConnectionResult delete(Caller caller, String arn) {
        Connection connection = find(caller, arn);
        synchronized (connection) {
            connection.state = "DELETING";
            changed.accept(connection);
        }
        transitions.after(CompletableFuture.completedFuture(null), () -> {
            if (byArn.remove(connection.arn, connection)) {
                changed.accept(connection);
            }
        }, error -> { });
        return new DeleteVpcConnectionResult(connection.arn, "DELETING");
    }

    /** The connections other accounts' VPCs made to the caller's cluster. */
    ListClientVpcConnectionsResult listClient(Caller caller, ListClientVpcConnectionsRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        List<Connection> toCluster = byArn.values().stream()
                .filter(connection -> connection.targetClusterArn.equals(cluster.arn))
                .sorted(Comparator.comparing(connection -> connection.arn)).toList();
        Page<Connection> page = Pages.page(toCluster, connection -> connection.arn, request.maxResults(),
                request.nextToken());
        return new ListClientVpcConnectionsResult(page.items().stream().map(connection -> {
            synchronized (connection) {
                return new ClientVpcConnection(connection.authentication, connection.creationTime, connection.state,
                        connection.arn, connection.accountId);
            }
        }).toList(), page.nextToken());
    }

    void reject(Caller caller, RejectClientVpcConnectionRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        Checks.required(request.vpcConnectionArn(), "vpcConnectionArn");
        Connection connection = byArn.get(request.vpcConnectionArn());
        if (connection == null || !connection.targetClusterArn.equals(cluster.arn)) {
            throw KafkaError.NOT_FOUND.exception("The cluster has no client VPC connection "
                    + request.vpcConnectionArn() + ".", "vpcConnectionArn");
        }
        synchronized (connection) {
            if (!"AVAILABLE".equals(connection.state)) {
                throw KafkaError.BAD_REQUEST.exception("The VPC connection is " + connection.state + ". You can"
                        + " reject only an AVAILABLE connection.", "vpcConnectionArn");
            }
            connection.state = "REJECTING";
            changed.accept(connection);
        }
        settle(connection, "REJECTING", "REJECTED");
    }

    Connection get(String arn) {
        return byArn.get(arn);
    }

    List<Connection> all() {
        return List.copyOf(byArn.values());
    }

    void add(Connection connection) {
        byArn.put(connection.arn, connection);
    }

    void removeIf(java.util.function.Predicate<Connection> condition) {
        byArn.values().removeIf(condition);
    }

    private void settle(Connection connection, String passing, String settled) {
        transitions.after(CompletableFuture.completedFuture(null), () -> {
            synchronized (connection) {
                if (passing.equals(connection.state) && byArn.get(connection.arn) == connection) {
                    connection.state = settled;
                    changed.accept(connection);
                }
            }
        }, error -> { });
    }

    private Connection find(Caller caller, String arn) {
        Checks.required(arn, "arn");
        Connection connection = byArn.get(arn);
        if (connection == null || !owned(caller, connection)) {
            throw KafkaError.NOT_FOUND.exception("The VPC connection " + arn + " does not exist.", "arn");
        }
        return connection;
    }

    private static boolean owned(Caller caller, Connection connection) {
        return connection.accountId.equals(caller.accountId()) && connection.region.equals(caller.region());
    }
}
