package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.AmazonMskCluster;
import dev.awsemulator.core.kafka.api.ConsumerGroupReplication;
import dev.awsemulator.core.kafka.api.CreateReplicatorRequest;
import dev.awsemulator.core.kafka.api.CreateVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.DeleteReplicatorRequest;
import dev.awsemulator.core.kafka.api.DeleteVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.DescribeReplicatorRequest;
import dev.awsemulator.core.kafka.api.DescribeVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.GetClusterPolicyRequest;
import dev.awsemulator.core.kafka.api.KafkaCluster;
import dev.awsemulator.core.kafka.api.KafkaClusterClientVpcConfig;
import dev.awsemulator.core.kafka.api.ListClientVpcConnectionsRequest;
import dev.awsemulator.core.kafka.api.ListTagsForResourceRequest;
import dev.awsemulator.core.kafka.api.PutClusterPolicyRequest;
import dev.awsemulator.core.kafka.api.RejectClientVpcConnectionRequest;
import dev.awsemulator.core.kafka.api.ReplicationInfo;
import dev.awsemulator.core.kafka.api.TagResourceRequest;
import dev.awsemulator.core.kafka.api.TopicReplication;
import dev.awsemulator.core.kafka.api.UntagResourceRequest;
import dev.awsemulator.core.kafka.api.UpdateReplicationInfoRequest;
import dev.awsemulator.core.kafka.api.TopicReplicationUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static dev.awsemulator.core.kafka.KafkaFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The resources with no data-plane meaning here keep AWS's states, on the transition delay; tags and policies. */
class ReplicatorsAndVpcConnectionsTest {

    private final KafkaFixture fixture = new KafkaFixture(Duration.ofSeconds(2), new FakeBrokerRuntime());

    @Test
    void aReplicatorIsCreatingThenRunningUpdatingThenRunningAndDeletingThenGone() {
        String source = fixture.create("source", 1);
        String target = fixture.create("target", 1);
        CreateReplicatorRequest request = new CreateReplicatorRequest("copy", List.of(msk(source), msk(target)),
                List.of(new ReplicationInfo(new ConsumerGroupReplication(null, List.of(".*"), null, null, null), source,
                        null, null, target, null, new TopicReplication(null, null, null, null, null, null,
                        List.of("orders")))), "orders-copy", "arn:aws:iam::123456789012:role/replicator", null, null);

        String arn = fixture.kafka.createReplicator(CALLER, request).replicatorArn();
        assertThat(state(arn)).isEqualTo("CREATING");
        fixture.clock.advance(Duration.ofSeconds(2));
        var described = fixture.kafka.describeReplicator(CALLER, new DescribeReplicatorRequest(arn));
        assertThat(described.replicatorState()).isEqualTo("RUNNING");
        assertThat(described.replicationInfoList()).singleElement().satisfies(info -> {
            assertThat(info.sourceKafkaClusterAlias()).isEqualTo("source");
            assertThat(info.targetKafkaClusterAlias()).isEqualTo("target");
        });

        fixture.kafka.updateReplicationInfo(CALLER, new UpdateReplicationInfoRequest(null, described.currentVersion(),
                arn, source, null, target, null, new TopicReplicationUpdate(null, null, null, List.of(),
                List.of("orders", "payments")), null));
        assertThat(state(arn)).isEqualTo("UPDATING");
        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(fixture.kafka.describeReplicator(CALLER, new DescribeReplicatorRequest(arn)).replicationInfoList()
                .get(0).topicReplication().topicsToReplicate()).containsExactly("orders", "payments");

        fixture.kafka.deleteReplicator(CALLER, new DeleteReplicatorRequest(null, arn));
        assertThat(state(arn)).isEqualTo("DELETING");
        fixture.clock.advance(Duration.ofSeconds(2));
        refused(() -> state(arn), KafkaError.NOT_FOUND, "The replicator " + arn + " does not exist.");
        refused(() -> fixture.kafka.createReplicator(CALLER, new CreateReplicatorRequest(null, List.of(msk(source)),
                        request.replicationInfoList(), "lonely", request.serviceExecutionRoleArn(), null, null)),
                KafkaError.BAD_REQUEST, "A replicator needs exactly two Kafka clusters, a source and a target.");
    }

    @Test
    void aClientVpcConnectionBecomesAvailableAndItsClusterOwnerCanRejectIt() {
        String cluster = fixture.create("shared", 1);
        String arn = fixture.kafka.createVpcConnection(CALLER, new CreateVpcConnectionRequest(cluster, "SASL_IAM",
                "vpc-1", List.of("subnet-x"), List.of("sg-x"), Map.of("env", "dev"))).vpcConnectionArn();

        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(fixture.kafka.describeVpcConnection(CALLER, new DescribeVpcConnectionRequest(arn)).state())
                .isEqualTo("AVAILABLE");
        fixture.kafka.rejectClientVpcConnection(CALLER, new RejectClientVpcConnectionRequest(cluster, arn));
        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(fixture.kafka.listClientVpcConnections(CALLER, new ListClientVpcConnectionsRequest(cluster, null,
                null)).clientVpcConnections()).singleElement().satisfies(connection -> {
                    assertThat(connection.state()).isEqualTo("REJECTED");
                    assertThat(connection.owner()).isEqualTo("123456789012");
                });
        assertThat(fixture.kafka.listTagsForResource(CALLER, new ListTagsForResourceRequest(arn)).tags())
                .isEqualTo(Map.of("env", "dev"));

        fixture.kafka.deleteVpcConnection(CALLER, new DeleteVpcConnectionRequest(arn));
        fixture.clock.advance(Duration.ofSeconds(2));
        refused(() -> fixture.kafka.describeVpcConnection(CALLER, new DescribeVpcConnectionRequest(arn)),
                KafkaError.NOT_FOUND, "The VPC connection " + arn + " does not exist.");
    }

    @Test
    void clusterTagsAndPoliciesChangeWithTheirOwnVersion() {
        String cluster = fixture.create("tagged", 1);

        fixture.kafka.tagResource(CALLER, new TagResourceRequest(cluster, Map.of("env", "test")));
        fixture.kafka.untagResource(CALLER, new UntagResourceRequest(cluster, List.of("team")));
        String version = fixture.kafka.putClusterPolicy(CALLER, new PutClusterPolicyRequest(cluster, null,
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}")).currentVersion();

        assertThat(fixture.kafka.listTagsForResource(CALLER, new ListTagsForResourceRequest(cluster)).tags())
                .isEqualTo(Map.of("env", "test"));
        assertThat(fixture.kafka.getClusterPolicy(CALLER, new GetClusterPolicyRequest(cluster)).currentVersion())
                .isEqualTo(version);
        refused(() -> fixture.kafka.putClusterPolicy(CALLER, new PutClusterPolicyRequest(cluster, "KOLD", "{}")),
                KafkaError.BAD_REQUEST, "The policy's current version is " + version + ", not KOLD.");
        refused(() -> fixture.kafka.tagResource(CALLER, new TagResourceRequest(cluster, Map.of("aws:x", "y"))),
                KafkaError.BAD_REQUEST, "The tag key aws:x is not valid.");
        refused(() -> fixture.kafka.listTagsForResource(CALLER, new ListTagsForResourceRequest(cluster + "x")),
                KafkaError.NOT_FOUND, "The resource " + cluster + "x does not exist.");
    }

    private String state(String arn) {
        return fixture.kafka.describeReplicator(CALLER, new DescribeReplicatorRequest(arn)).replicatorState();
    }

    private static KafkaCluster msk(String arn) {
        return new KafkaCluster(new AmazonMskCluster(arn), null,
                new KafkaClusterClientVpcConfig(List.of("sg-1"), List.of("subnet-a")), null, null);
    }
}
