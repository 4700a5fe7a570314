package dev.awsemulator.server.api;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.server.kafka.KafkaApi;
import dev.awsemulator.server.kinesis.KinesisApi;
import dev.awsemulator.server.mq.MqModule;
import dev.awsemulator.server.sns.SnsApi;
import dev.awsemulator.server.sqs.SqsApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Operation tables are checked when they are made, so a typo fails here and not in a user's request. */
class ServiceDefinitionTest {

    record Input(String clusterArn, Integer maxResults) {
    }

    record Output(Integer statusCode, byte[] payload) {
    }

    @Test
    void everyServiceOfTheEmulatorIsDefinedWithoutAnUnknownName() {
        try (Emulator emulator = Emulator.builder().build()) {
            List<ServiceDefinition> services = List.of(SqsApi.definition(emulator.sqs()),
                    SnsApi.definition(emulator.sns()), KinesisApi.definition(emulator.kinesis()),
                    new MqModule().definition(emulator.service(MqService.class)),
                    KafkaApi.definition(emulator.service(KafkaService.class)));

            assertThat(services).extracting(ServiceDefinition::signingName)
                    .containsExactly("sqs", "sns", "kinesis", "mq", "kafka");
            // The tables are made on first use, and checked as they are made.
            assertThat(services).allSatisfy(service -> assertThat(service.operations()).isNotEmpty());
        }
    }

    @Test
    void aTableGivenAsASupplierIsMadeAndCheckedOnFirstUse() {
        AtomicInteger made = new AtomicInteger();
        ServiceDefinition definition = ServiceDefinition.builder("later").json(JsonFacts.of("Later_1", "1.1"))
                .operations(() -> {
                    made.incrementAndGet();
                    return List.of(Operation.of("List", Input.class, (caller, input) -> null));
                })
                .build();

        assertThat(made).hasValue(0);
        assertThat(definition.operation("List")).isNotNull();
        assertThat(definition.operations()).containsOnlyKeys("List");
        assertThat(made).hasValue(1);

        ServiceDefinition typo = ServiceDefinition.builder("typo").json(JsonFacts.of("Typo_1", "1.1"))
                .wireNames(WireNames.withMapEntries("key", "value").member("maxResult", "MaxResult"))
                .operations(() -> List.of(Operation.of("List", Input.class, (caller, input) -> null)))
                .build();
        assertThatThrownBy(typo::operations).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResult");
    }

    @Test
    void aWireNameForAComponentTheRecordLacksIsRefusedNamingIt() {
        assertThatThrownBy(() -> WireNames.withMapEntries("key", "value").member(Input.class, "clusterArm", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Input#clusterArm");
    }

    @Test
    void aWireNameForEveryRecordMustBelongToARecordTheOperationsReach() {
        ServiceDefinition.Builder builder = ServiceDefinition.builder("typo")
                .json(JsonFacts.of("Typo_1", "1.1"))
                .wireNames(WireNames.withMapEntries("key", "value").member("maxResult", "MaxResult"))
                .operations(Operation.of("List", Input.class, (caller, input) -> null));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResult");
    }

    @Test
    void aBindingOfAnUnknownComponentIsRefusedNamingTheOperation() {
        ServiceDefinition.Builder builder = ServiceDefinition.builder("typo").operations(
                Operation.of("Describe", Input.class, (caller, input) -> null)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}").query("maxResult", "maxResults")));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Describe binds maxResult, but Input has no such component");
    }

    @Test
    void outputBindingsNeedTheOutputRecordAndAreCheckedAgainstIt() {
        ServiceDefinition.Builder undeclared = ServiceDefinition.builder("typo").operations(
                Operation.of("Invoke", Input.class, (caller, input) -> null)
                        .at(HttpBinding.post("/run").responseStatus("statusCode")));
        ServiceDefinition.Builder misspelt = ServiceDefinition.builder("typo").operations(
                Operation.of("Invoke", Input.class, (caller, input) -> null)
                        .at(HttpBinding.post("/run").output(Output.class).responsePayload("body")));

        assertThatThrownBy(undeclared::build).hasMessage("Invoke binds output members but declares no output record");
        assertThatThrownBy(misspelt::build).hasMessage("Invoke binds body, but Output has no such component");
    }

    @Test
    void anOperationDeclaredTwiceOrAServiceSpeakingNothingIsRefused() {
        Operation<Input> list = Operation.of("List", Input.class, (caller, input) -> null);

        assertThatThrownBy(() -> ServiceDefinition.builder("twice").operations(list, list))
                .hasMessage("twice declares List twice");
        assertThatThrownBy(() -> ServiceDefinition.builder("mute").operations(list).build())
                .hasMessage("mute speaks no protocol");
    }
}
