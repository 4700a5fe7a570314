package dev.awsemulator.server.restjson;

import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BadRequestException;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.ClusterInfo;
import software.amazon.awssdk.services.kafka.model.ConflictException;
import software.amazon.awssdk.services.kafka.model.NotFoundException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A REST-JSON service with MSK's routes and shapes, driven by the SDK's {@link KafkaClient}: path
 * labels holding ARNs, query paging, repeated query keys, ISO-8601 timestamps, 204s and errors with
 * members beside their message.
 */
class KafkaRestJsonTest {

    private static RestJsonServer server;
    private static KafkaClient kafka;

    @BeforeAll
    static void start() {
        server = RestJsonServer.start();
        kafka = server.configure(KafkaClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        kafka.close();
        server.close();
    }

    private static String createCluster(String name) {
        return kafka.createCluster(b -> b.clusterName(name).kafkaVersion("3.6.0").numberOfBrokerNodes(3)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.m5.large")
                        .clientSubnets("subnet-1", "subnet-2").build())
                .tags(Map.of("team", "orders"))).clusterArn();
    }

    @Test
    void aClusterIsDescribedByItsArnInThePath() {
        String arn = createCluster("described");

        ClusterInfo cluster = kafka.describeCluster(b -> b.clusterArn(arn)).clusterInfo();

        assertThat(arn).startsWith("arn:aws:kafka:us-east-1:000000000000:cluster/described/");
        assertThat(cluster.clusterArn()).isEqualTo(arn);
        assertThat(cluster.clusterName()).isEqualTo("described");
        assertThat(cluster.creationTime()).isEqualTo(FakeKafka.CREATED);
        assertThat(cluster.stateAsString()).isEqualTo("CREATING");
        assertThat(cluster.numberOfBrokerNodes()).isEqualTo(3);
        assertThat(cluster.brokerNodeGroupInfo().clientSubnets()).containsExactly("subnet-1", "subnet-2");
        assertThat(cluster.tags()).containsEntry("team", "orders");
        assertThat(server.journal()).last().isEqualTo(
                new HandledRequest("kafka", "DescribeCluster", "rest-json", 200, null, false, "000000000000"));
    }

    @Test
    void clustersAreListedPageByPageAndFilteredThroughTheQueryString() {
        List.of("page-a", "page-b", "page-c", "other").forEach(KafkaRestJsonTest::createCluster);

        var first = kafka.listClusters(b -> b.clusterNameFilter("page-").maxResults(2));
        var second = kafka.listClusters(b -> b.clusterNameFilter("page-").maxResults(2).nextToken(first.nextToken()));

        assertThat(first.clusterInfoList()).extracting(ClusterInfo::clusterName).containsExactly("page-a", "page-b");
        assertThat(second.clusterInfoList()).extracting(ClusterInfo::clusterName).containsExactly("page-c");
        assertThat(second.nextToken()).isNull();
        assertThat(kafka.listClustersPaginator(b -> b.clusterNameFilter("page-").maxResults(1)).clusterInfoList())
                .extracting(ClusterInfo::clusterName).containsExactly("page-a", "page-b", "page-c");
    }

    @Test
    void tagsAreAddedAndRemovedByRepeatedQueryKeysWithNoContentAnswers() {
        String arn = createCluster("tagged");

        var tagged = kafka.tagResource(b -> b.resourceArn(arn).tags(Map.of("env", "test", "tier", "gold")));
        var untagged = kafka.untagResource(b -> b.resourceArn(arn).tagKeys("team", "tier"));

        assertThat(tagged.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(untagged.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(kafka.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("env", "test"));
    }

    @Test
    void aMissingClusterIsANotFoundExceptionWithItsStatusAndMessage() {
        String arn = "arn:aws:kafka:us-east-1:000000000000:cluster/absent/0000";

        assertThatThrownBy(() -> kafka.describeCluster(b -> b.clusterArn(arn)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotFoundException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The cluster " + arn + " does not exist.");
                    assertThat(e.invalidParameter()).isEqualTo("clusterArn");
                });
        assertThat(server.journal()).last().satisfies(request -> {
            assertThat(request.operation()).isEqualTo("DescribeCluster");
            assertThat(request.errorCode()).isEqualTo("NotFoundException");
            assertThat(request.status()).isEqualTo(404);
        });
    }

    @Test
    void refusedRequestsChangeNothing() {
        String arn = createCluster("refusals");

        assertThatThrownBy(() -> createCluster("refusals"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> kafka.createCluster(b -> b.kafkaVersion("3.6.0")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("clusterName is required.");
                    assertThat(e.invalidParameter()).isEqualTo("clusterName");
                });
        assertThatThrownBy(() -> kafka.deleteCluster(b -> b.clusterArn(arn).currentVersion("K9")))
                .isInstanceOf(BadRequestException.class);

        assertThat(kafka.listClusters(b -> b.clusterNameFilter("refusals")).clusterInfoList()).singleElement()
                .satisfies(cluster -> assertThat(cluster.clusterArn()).isEqualTo(arn));
        assertThat(kafka.deleteCluster(b -> b.clusterArn(arn).currentVersion("K1")).stateAsString())
                .isEqualTo("DELETING");
        assertThat(kafka.listClusters(b -> b.clusterNameFilter("refusals")).clusterInfoList()).isEmpty();
    }
}
