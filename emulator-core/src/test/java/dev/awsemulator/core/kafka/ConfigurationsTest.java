package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.ConfigurationInfo;
import dev.awsemulator.core.kafka.api.ConfigurationRevision;
import dev.awsemulator.core.kafka.api.CreateClusterRequest;
import dev.awsemulator.core.kafka.api.CreateConfigurationRequest;
import dev.awsemulator.core.kafka.api.DeleteConfigurationRequest;
import dev.awsemulator.core.kafka.api.DescribeConfigurationRevisionRequest;
import dev.awsemulator.core.kafka.api.ListConfigurationRevisionsRequest;
import dev.awsemulator.core.kafka.api.ListConfigurationsRequest;
import dev.awsemulator.core.kafka.api.ListKafkaVersionsRequest;
import dev.awsemulator.core.kafka.api.UpdateConfigurationRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static dev.awsemulator.core.kafka.KafkaFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Configurations, their revisions, the properties MSK lets customers set, and the versions on offer. */
class ConfigurationsTest {

    private final KafkaFixture fixture = new KafkaFixture();

    @Test
    void eachUpdateIsANewRevisionAndOldRevisionsStayReadable() {
        String arn = create("retention", "log.retention.hours=24");

        var updated = fixture.kafka.updateConfiguration(CALLER, new UpdateConfigurationRequest(arn, "shorter",
                bytes("log.retention.hours=1")));

        assertThat(arn).matches("arn:aws:kafka:eu-west-1:123456789012:configuration/retention/[0-9a-f-]{36}-2");
        assertThat(updated.latestRevision().revision()).isEqualTo(2);
        assertThat(fixture.kafka.listConfigurationRevisions(CALLER, new ListConfigurationRevisionsRequest(arn, null,
                null)).revisions()).extracting(ConfigurationRevision::revision, ConfigurationRevision::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, null),
                        org.assertj.core.groups.Tuple.tuple(2L, "shorter"));
        assertThat(new String(fixture.kafka.describeConfigurationRevision(CALLER,
                new DescribeConfigurationRevisionRequest(arn, 1L)).serverProperties(), StandardCharsets.UTF_8))
                .isEqualTo("log.retention.hours=24");
        refused(() -> fixture.kafka.describeConfigurationRevision(CALLER, new DescribeConfigurationRevisionRequest(arn,
                3L)), KafkaError.NOT_FOUND, "The configuration " + arn + " has no revision 3.");
    }

    @Test
    void propertiesMskDoesNotLetCustomersSetOrOfTheWrongKindAreRefused() {
        refused(() -> create("bad", "broker.id=7"), KafkaError.BAD_REQUEST, "The server property broker.id is not"
                + " supported. You can set only the properties that Amazon MSK lists for custom configurations.");
        refused(() -> create("bad", "num.partitions=many"), KafkaError.BAD_REQUEST,
                "The value many of the server property num.partitions is not valid.");
        refused(() -> create("bad", "compression.type=brotli"), KafkaError.BAD_REQUEST,
                "The value brotli of the server property compression.type is not valid.");

        assertThat(fixture.kafka.listConfigurations(CALLER, new ListConfigurationsRequest(null, null))
                .configurations()).isEmpty();
    }

    @Test
    void aConfigurationInUseCannotBeDeletedAndAClusterCannotNameAMissingRevision() {
        String arn = create("shared", "auto.create.topics.enable=true");
        CreateClusterRequest plain = KafkaFixture.provisioned("user", 1);
        refused(() -> fixture.kafka.createCluster(CALLER, new CreateClusterRequest(plain.brokerNodeGroupInfo(), null,
                        null, "user", new ConfigurationInfo(arn, 2L), null, null, null, "3.6.0", null, 1, null, null)),
                KafkaError.NOT_FOUND, "The configuration " + arn + " has no revision 2.");
        fixture.kafka.createCluster(CALLER, new CreateClusterRequest(plain.brokerNodeGroupInfo(), null, null, "user",
                new ConfigurationInfo(arn, 1L), null, null, null, "3.6.0", null, 1, null, null));

        refused(() -> fixture.kafka.deleteConfiguration(CALLER, new DeleteConfigurationRequest(arn)),
                KafkaError.BAD_REQUEST, "The configuration " + arn + " is in use by one or more clusters. Update those"
                        + " clusters to another configuration first.");
        assertThat(fixture.runtime.started).singleElement().satisfies(spec ->
                assertThat(spec.serverProperties()).containsEntry("auto.create.topics.enable", "true"));
    }

    @Test
    void theKafkaVersionsOnOfferArePaged() {
        var first = fixture.kafka.listKafkaVersions(CALLER, new ListKafkaVersionsRequest(2, null));

        assertThat(first.kafkaVersions()).extracting(version -> version.version() + " " + version.status())
                .containsExactly("1.1.1 DEPRECATED", "2.1.0 DEPRECATED");
        assertThat(fixture.kafka.listKafkaVersions(CALLER, new ListKafkaVersionsRequest(null, null)).kafkaVersions())
                .extracting(version -> version.version()).contains("3.6.0", "3.9.x.kraft", "4.1.x.kraft");
    }

    private String create(String name, String properties) {
        return fixture.kafka.createConfiguration(CALLER, new CreateConfigurationRequest(null, List.of("3.6.0"), name,
                bytes(properties))).arn();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
