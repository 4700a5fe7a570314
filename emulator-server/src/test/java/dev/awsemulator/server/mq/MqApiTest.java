package dev.awsemulator.server.mq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BadRequestException;
import software.amazon.awssdk.services.mq.model.BrokerState;
import software.amazon.awssdk.services.mq.model.ChangeType;
import software.amazon.awssdk.services.mq.model.ConflictException;
import software.amazon.awssdk.services.mq.model.CreateBrokerRequest;
import software.amazon.awssdk.services.mq.model.DeploymentMode;
import software.amazon.awssdk.services.mq.model.DescribeBrokerResponse;
import software.amazon.awssdk.services.mq.model.EngineType;
import software.amazon.awssdk.services.mq.model.MqException;
import software.amazon.awssdk.services.mq.model.NotFoundException;
import software.amazon.awssdk.services.mq.model.PromoteMode;
import software.amazon.awssdk.services.mq.model.SanitizationWarningReason;
import software.amazon.awssdk.services.mq.model.User;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every operation of the Amazon MQ API through the SDK v2 client: answers, pending changes and errors. */
class MqApiTest {

    @RegisterExtension
    static final MqServer server = new MqServer();

    private static final String PASSWORD = "api-password-12";

    @Test
    void aBrokerIsCreatedDescribedListedUpdatedRebootedAndDeleted() throws Exception {
        MqClient mq = server.mq();
        var created = mq.createBroker(activeMq("lifecycle"));
        assertThat(created.brokerArn()).startsWith("arn:aws:mq:us-east-1:000000000000:broker:lifecycle:b-");

        assertThat(server.settled(created.brokerId())).isEqualTo(BrokerState.RUNNING);
        DescribeBrokerResponse broker = mq.describeBroker(b -> b.brokerId(created.brokerId()));
        assertThat(broker.engineTypeAsString()).isEqualTo("ActiveMQ");
        assertThat(broker.engineVersion()).isEqualTo("5.19");
        assertThat(broker.deploymentMode()).isEqualTo(DeploymentMode.SINGLE_INSTANCE);
        assertThat(broker.brokerInstances()).singleElement().satisfies(instance -> {
            assertThat(instance.endpoints()).extracting(endpoint -> endpoint.substring(0, endpoint.indexOf("://")))
                    .containsExactly("ssl", "amqp+ssl", "stomp+ssl", "mqtt+ssl", "wss");
            assertThat(instance.consoleURL()).isEqualTo(server.server().endpoint() + "/_emulator/dashboard/#brokers");
        });
        assertThat(broker.users()).singleElement().satisfies(user -> assertThat(user.username()).isEqualTo("app"));
        assertThat(broker.tags()).containsEntry("team", "orders");
        assertThat(broker.configurations().current().revision()).isEqualTo(1);
        assertThat(broker.created()).isNotNull();

        assertThat(mq.listBrokers(b -> b.maxResults(100)).brokerSummaries())
                .anySatisfy(summary -> assertThat(summary.brokerId()).isEqualTo(created.brokerId()));

        var update = mq.updateBroker(b -> b.brokerId(created.brokerId()).engineVersion("5.18")
                .autoMinorVersionUpgrade(false));
        assertThat(update.engineVersion()).isEqualTo("5.18");
        broker = mq.describeBroker(b -> b.brokerId(created.brokerId()));
        assertThat(broker.engineVersion()).isEqualTo("5.19");
        assertThat(broker.pendingEngineVersion()).isEqualTo("5.18");
        assertThat(broker.autoMinorVersionUpgrade()).isFalse();

        mq.rebootBroker(b -> b.brokerId(created.brokerId()));
        assertThat(server.settled(created.brokerId())).isEqualTo(BrokerState.RUNNING);
        broker = mq.describeBroker(b -> b.brokerId(created.brokerId()));
        assertThat(broker.engineVersion()).isEqualTo("5.18");
        assertThat(broker.pendingEngineVersion()).isNull();

        assertThat(mq.deleteBroker(b -> b.brokerId(created.brokerId())).brokerId()).isEqualTo(created.brokerId());
        assertThat(server.deleted(created.brokerId())).isEqualTo("DELETED");
        assertThatThrownBy(() -> mq.describeBroker(b -> b.brokerId(created.brokerId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void usersChangeOnlyAsPendingChangesUntilTheBrokerReboots() throws Exception {
        MqClient mq = server.mq();
        String id = mq.createBroker(activeMq("users")).brokerId();
        server.settled(id);

        mq.createUser(b -> b.brokerId(id).username("ops").password("ops-password-12").groups("admins")
                .consoleAccess(true));
        mq.updateUser(b -> b.brokerId(id).username("app").groups("consumers"));
        mq.deleteUser(b -> b.brokerId(id).username("ops"));

        assertThat(mq.listUsers(b -> b.brokerId(id)).users()).extracting(u -> u.username()).containsExactly("app");
        var app = mq.describeUser(b -> b.brokerId(id).username("app"));
        assertThat(app.groups()).isEmpty();
        assertThat(app.pending().pendingChange()).isEqualTo(ChangeType.UPDATE);
        assertThat(app.pending().groups()).containsExactly("consumers");

        mq.createUser(b -> b.brokerId(id).username("later").password("later-password-1"));
        assertThat(mq.listUsers(b -> b.brokerId(id).maxResults(1)).nextToken()).isNotNull();
        mq.rebootBroker(b -> b.brokerId(id));
        server.settled(id);

        assertThat(mq.describeUser(b -> b.brokerId(id).username("app")).groups()).containsExactly("consumers");
        assertThat(mq.describeUser(b -> b.brokerId(id).username("later")).pending()).isNull();
        mq.deleteBroker(b -> b.brokerId(id));
    }

    @Test
    void configurationsKeepSanitizedRevisionsAndAreDeletedWhenUnused() {
        MqClient mq = server.mq();
        var created = mq.createConfiguration(b -> b.name("tuned").engineType(EngineType.ACTIVEMQ).engineVersion("5.18")
                .tags(Map.of("env", "test")));
        assertThat(created.latestRevision().revision()).isEqualTo(1);
        assertThat(created.authenticationStrategyAsString()).isEqualTo("simple");

        var updated = mq.updateConfiguration(b -> b.configurationId(created.id()).description("scheduler on")
                .data(base64("<broker xmlns=\"http://activemq.apache.org/schema/core\" schedulerSupport=\"true\""
                        + " useJmx=\"true\"/>")));
        assertThat(updated.latestRevision().revision()).isEqualTo(2);
        assertThat(updated.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.reason()).isEqualTo(SanitizationWarningReason.DISALLOWED_ATTRIBUTE_REMOVED);
            assertThat(warning.elementName()).isEqualTo("broker");
            assertThat(warning.attributeName()).isEqualTo("useJmx");
        });
        assertThat(decode(mq.describeConfigurationRevision(b -> b.configurationId(created.id())
                .configurationRevision("2")).data())).contains("schedulerSupport=\"true\"").doesNotContain("useJmx");
        assertThat(mq.listConfigurationRevisions(b -> b.configurationId(created.id())).revisions())
                .extracting(revision -> revision.description()).containsExactly(
                        "Auto-generated default for tuned on ActiveMQ 5.18", "scheduler on");
        var described = mq.describeConfiguration(b -> b.configurationId(created.id()));
        assertThat(described.latestRevision().revision()).isEqualTo(2);
        assertThat(described.tags()).containsEntry("env", "test");
        assertThat(mq.listConfigurations(b -> b.maxResults(100)).configurations())
                .anySatisfy(c -> assertThat(c.id()).isEqualTo(created.id()));

        assertThat(mq.deleteConfiguration(b -> b.configurationId(created.id())).configurationId())
                .isEqualTo(created.id());
        assertThatThrownBy(() -> mq.describeConfiguration(b -> b.configurationId(created.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void tagsOfBrokersAndConfigurations() {
        MqClient mq = server.mq();
        String arn = mq.createConfiguration(b -> b.name("tagged").engineType(EngineType.RABBITMQ)).arn();

        mq.createTags(b -> b.resourceArn(arn).tags(Map.of("a", "1", "b", "2")));
        mq.deleteTags(b -> b.resourceArn(arn).tagKeys("a"));

        assertThat(mq.listTags(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("b", "2"));
    }

    @Test
    void engineTypesAndInstanceOptionsAreListedAndFiltered() {
        MqClient mq = server.mq();
        assertThat(mq.describeBrokerEngineTypes(b -> b.engineType("RABBITMQ")).brokerEngineTypes())
                .singleElement().satisfies(type -> assertThat(type.engineVersions()).isNotEmpty());
        assertThat(mq.describeBrokerInstanceOptions(b -> b.engineType("ACTIVEMQ").hostInstanceType("mq.t3.micro"))
                .brokerInstanceOptions()).singleElement().satisfies(option -> {
                    assertThat(option.supportedDeploymentModes()).containsExactly(DeploymentMode.SINGLE_INSTANCE);
                    assertThat(option.storageTypeAsString()).isEqualTo("EFS");
                });
    }

    @Test
    void aCrossRegionReplicaIsPromoted() throws Exception {
        MqClient mq = server.mq();
        var primary = mq.createBroker(activeMq("primary").toBuilder()
                .deploymentMode(DeploymentMode.ACTIVE_STANDBY_MULTI_AZ).build());
        var replica = mq.createBroker(activeMq("replica").toBuilder()
                .deploymentMode(DeploymentMode.ACTIVE_STANDBY_MULTI_AZ).dataReplicationMode("CRDR")
                .dataReplicationPrimaryBrokerArn(primary.brokerArn()).build());
        server.settled(replica.brokerId());
        assertThat(mq.describeBroker(b -> b.brokerId(replica.brokerId())).brokerInstances()).hasSize(2);

        mq.promote(b -> b.brokerId(replica.brokerId()).mode(PromoteMode.SWITCHOVER));

        assertThat(mq.describeBroker(b -> b.brokerId(replica.brokerId())).dataReplicationMetadata()
                .dataReplicationRole()).isEqualTo("PRIMARY");
        assertThat(mq.describeBroker(b -> b.brokerId(primary.brokerId())).dataReplicationMetadata()
                .dataReplicationRole()).isEqualTo("REPLICA");
        mq.deleteBroker(b -> b.brokerId(replica.brokerId()));
        mq.deleteBroker(b -> b.brokerId(primary.brokerId()));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a broker name AWS refuses", mq -> mq.createBroker(activeMq("no spaces allowed")),
                        BadRequestException.class, 400, "brokerName", "Broker name [no spaces allowed] is invalid"),
                refusal("an engine AWS does not run", mq -> mq.createBroker(activeMq("x").toBuilder()
                        .engineType("KAFKA").build()), BadRequestException.class, 400, "engineType",
                        "Broker engine type [KAFKA] is invalid. Valid values are: [ACTIVEMQ, RABBITMQ]."),
                refusal("two users for RabbitMQ", mq -> mq.createBroker(activeMq("rabbit").toBuilder()
                        .engineType(EngineType.RABBITMQ).users(user("a1"), user("a2")).build()),
                        BadRequestException.class, 400, "users", "Specify exactly one user for engine type [RABBITMQ]."),
                refusal("a short password", mq -> mq.createBroker(activeMq("weak").toBuilder()
                        .users(User.builder().username("app").password("short").build()).build()),
                        BadRequestException.class, 400, "password", "Password is invalid"),
                refusal("an unknown broker", mq -> mq.describeBroker(b -> b.brokerId("b-unknown")),
                        NotFoundException.class, 404, "broker-id",
                        "Can't find requested broker [b-unknown]. Make sure your broker exists."),
                refusal("an unknown configuration", mq -> mq.describeConfiguration(b -> b.configurationId("c-x")),
                        NotFoundException.class, 404, "configuration-id",
                        "Can't find requested configuration [c-x]. Make sure your configuration exists."),
                refusal("XML that is not well-formed", mq -> mq.updateConfiguration(b -> b
                                .configurationId(mq.createConfiguration(c -> c.name("bad").engineType(EngineType.ACTIVEMQ))
                                        .id()).data(base64("<broker"))),
                        BadRequestException.class, 400, "data", "The configuration is not well-formed XML"),
                refusal("a root that is not ActiveMQ's broker", mq -> mq.updateConfiguration(b -> b
                                .configurationId(mq.createConfiguration(c -> c.name("beans").engineType(EngineType.ACTIVEMQ))
                                        .id()).data(base64("<beans/>"))),
                        BadRequestException.class, 400, "data", "The configuration's root element must be"),
                refusal("tags of an unknown resource", mq -> mq.listTags(b -> b.resourceArn(
                                "arn:aws:mq:us-east-1:000000000000:broker:none:b-none")),
                        NotFoundException.class, 404, "resource-arn", "Can't find requested resource"),
                refusal("promoting a broker that is no replica", mq -> mq.promote(b -> b.brokerId(
                                mq.createBroker(activeMq("lonely")).brokerId()).mode(PromoteMode.FAILOVER)),
                        BadRequestException.class, 400, "broker-id", "is not the replica"),
                refusal("a second broker of the same name", mq -> {
                    mq.createBroker(activeMq("twice"));
                    mq.createBroker(activeMq("twice"));
                }, ConflictException.class, 409, "brokerName", "Broker with name [twice] already exists."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedRequestsAnswerAwsErrorAndAttribute(String what, Consumer<MqClient> call,
                                                    Class<? extends MqException> type, int status, String attribute,
                                                    String message) {
        assertThatThrownBy(() -> call.accept(server.mq())).isInstanceOfSatisfying(type, error -> {
            assertThat(error.statusCode()).isEqualTo(status);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
            assertThat(errorAttribute(error)).isEqualTo(attribute);
            assertThat(error.awsErrorDetails().errorMessage()).contains(message);
        });
    }

    @Test
    void aRefusedCreateLeavesNoBrokerBehind() {
        MqClient mq = server.mq();
        int before = mq.listBrokers(b -> b.maxResults(100)).brokerSummaries().size();
        assertThatThrownBy(() -> mq.createBroker(activeMq("bad name!"))).isInstanceOf(SdkException.class);
        assertThat(mq.listBrokers(b -> b.maxResults(100)).brokerSummaries()).hasSize(before);
    }

    private static Arguments refusal(String what, Consumer<MqClient> call, Class<? extends MqException> type,
                                     int status, String attribute, String message) {
        return Arguments.of(what, call, type, status, attribute, message);
    }

    private static String errorAttribute(MqException error) {
        if (error instanceof BadRequestException bad) {
            return bad.errorAttribute();
        }
        if (error instanceof NotFoundException notFound) {
            return notFound.errorAttribute();
        }
        return ((ConflictException) error).errorAttribute();
    }

    static CreateBrokerRequest activeMq(String name) {
        return CreateBrokerRequest.builder().brokerName(name).engineType(EngineType.ACTIVEMQ)
                .deploymentMode(DeploymentMode.SINGLE_INSTANCE).hostInstanceType("mq.m5.large")
                .publiclyAccessible(false).users(user("app")).tags(Map.of("team", "orders")).build();
    }

    private static User user(String name) {
        return User.builder().username(name).password(PASSWORD).build();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String data) {
        return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
    }

}
