package dev.awsemulator.server.cli;

import dev.awsemulator.core.kafka.KafkaOptions;
import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.mq.MqOptions;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.server.EmulatorServer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void withoutOptionsTheDefaultsOfAPlainJavaJarApply() {
        DevServerOptions options = EmulatorServer.commandLine().parse(new String[0], Map.of());

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(4566);
        assertThat(options.region()).isEqualTo("us-east-1");
        assertThat(options.account()).isEqualTo("000000000000");
        assertThat(options.config()).isNull();
        assertThat(options.logLevel()).isEqualTo(Level.WARNING);
        assertThat(options.serviceOptions(SqsOptions.class)).isEqualTo(SqsOptions.STRICT);
        assertThat(options.serviceOptions(KinesisOptions.class).throughputLimits()).isFalse();
        assertThat(options.serviceOptions(KinesisOptions.class).transitionDelay()).isZero();
        assertThat(options.help()).isFalse();
    }

    @Test
    void everyOptionIsSetFromTheCommandLine() {
        DevServerOptions options = EmulatorServer.commandLine().parse(new String[] {"--host", "0.0.0.0",
            "--port", "0", "--region", "eu-west-1", "--account", "123456789012", "--config", "emulator.yaml",
            "--log-level", "debug",
            "--timing", "relaxed", "--kinesis-transition-delay", "500ms", "--kinesis-throughput-limits"}, Map.of());

        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isZero();
        assertThat(options.region()).isEqualTo("eu-west-1");
        assertThat(options.account()).isEqualTo("123456789012");
        assertThat(options.config()).isEqualTo(Path.of("emulator.yaml"));
        assertThat(options.logLevel()).isEqualTo(Level.FINE);
        assertThat(options.serviceOptions(SqsOptions.class)).isEqualTo(SqsOptions.RELAXED);
        assertThat(options.serviceOptions(KinesisOptions.class).transitionDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.serviceOptions(KinesisOptions.class).throughputLimits()).isTrue();
    }

    @Test
    void environmentVariablesSetOptionsAndTheCommandLineWins() {
        DevServerOptions options = EmulatorServer.commandLine().parse(new String[] {"--port", "5000"},
                Map.of("EMULATOR_PORT", "4000", "EMULATOR_REGION", "ap-south-1",
                "EMULATOR_KINESIS_THROUGHPUT_LIMITS", "true",
                "EMULATOR_KINESIS_TRANSITION_DELAY", "2s"));

        assertThat(options.port()).isEqualTo(5000);
        assertThat(options.region()).isEqualTo("ap-south-1");
        assertThat(options.serviceOptions(KinesisOptions.class).throughputLimits()).isTrue();
        assertThat(options.serviceOptions(KinesisOptions.class).transitionDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void brokerServicesTakeTheirFlagsAndTheServersHostWhereverHostComesInTheArguments() {
        DevServerOptions options = EmulatorServer.commandLine().parse(new String[] {"--mq-transition-delay", "2s",
            "--kafka-bootstrap", "kafka-1:9092,kafka-2:9092", "--host", "0.0.0.0"},
                Map.of("EMULATOR_KAFKA_TRANSITION_DELAY", "500ms", "EMULATOR_MQ_TRANSITION_DELAY", "9s"));

        assertThat(options.serviceOptions(MqOptions.class)).isEqualTo(new MqOptions(Duration.ofSeconds(2), "0.0.0.0"));
        assertThat(options.serviceOptions(KafkaOptions.class)).isEqualTo(new KafkaOptions(Duration.ofMillis(500),
                "0.0.0.0", "kafka-1:9092,kafka-2:9092"));
        assertThat(options.serviceOptions()).hasSize(4).contains(options.serviceOptions(SqsOptions.class),
                options.serviceOptions(KinesisOptions.class), options.serviceOptions(MqOptions.class),
                options.serviceOptions(KafkaOptions.class));
        refused("--kafka-bootstrap", "kafka-1").hasMessage(
                "--kafka-bootstrap must be host:port pairs separated by commas, not kafka-1");
        refusedFrom(Map.of("EMULATOR_MQ_TRANSITION_DELAY", "later")).hasMessage(
                "EMULATOR_MQ_TRANSITION_DELAY=later: --mq-transition-delay must be a duration such as 500ms or 2s, "
                        + "not later");
    }

    @Test
    void helpIsAskedForWithEitherSpelling() {
        assertThat(EmulatorServer.commandLine().parse(new String[] {"--help"}, Map.of()).help()).isTrue();
        assertThat(EmulatorServer.commandLine().parse(new String[] {"-h"}, Map.of()).help()).isTrue();
    }

    @Test
    void theUsageListsEveryOptionWithItsVariableAndDefault() {
        String usage = EmulatorServer.commandLine().usage();

        EmulatorServer.commandLine().options().forEach(option -> assertThat(usage).contains(option.flag()));
        assertThat(usage).contains("env EMULATOR_PORT, default 4566");
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        refused("--port", "70000").hasMessage("--port must be a number from 0 to 65535, not 70000");
        refused("--port").hasMessage("--port needs a value");
        refused("--colour", "blue").hasMessage("unknown option --colour (see --help)");
        refused("--account", "42").hasMessage("--account must be 12 digits, not 42");
        refused("--timing", "lenient").hasMessage("--timing must be strict or relaxed, not lenient");
        refused("--log-level", "loud").hasMessageStartingWith("--log-level must be error, warn, info, debug or trace");
        refused("--kinesis-transition-delay", "soon")
                .hasMessage("--kinesis-transition-delay must be a duration such as 500ms or 2s, not soon");
    }

    @Test
    void aDurationNeedsAUnitUnlessItIsZero() {
        refused("--kinesis-transition-delay", "5")
                .hasMessage("--kinesis-transition-delay needs a unit: 5ms or 5s, not 5");
        refusedFrom(Map.of("EMULATOR_KINESIS_TRANSITION_DELAY", "250"))
                .hasMessage("EMULATOR_KINESIS_TRANSITION_DELAY=250: --kinesis-transition-delay needs a unit: 250ms or "
                        + "250s, not 250");
        refused("--kinesis-transition-delay", "99999999999999999s").hasMessage(
                "--kinesis-transition-delay must be a duration such as 500ms or 2s, not 99999999999999999s");

        assertThat(EmulatorServer.commandLine().parse(new String[] {"--kinesis-transition-delay", "0"}, Map.of())
                .serviceOptions(KinesisOptions.class).transitionDelay()).isZero();
        assertThat(EmulatorServer.commandLine().parse(new String[] {"--kinesis-transition-delay", "3S"}, Map.of())
                .serviceOptions(KinesisOptions.class).transitionDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anUnknownOptionIsAnsweredWithTheNearestValidOne() {
        refused("--prot", "5000").hasMessage("unknown option --prot: did you mean --port? (see --help)");
        refused("-port", "5000").hasMessage("unknown option -port: did you mean --port? (see --help)");
        refused("--log-levle", "debug")
                .hasMessage("unknown option --log-levle: did you mean --log-level? (see --help)");
        refused("--kinesis-transition-dealy", "1s")
                .hasMessage("unknown option --kinesis-transition-dealy: did you mean --kinesis-transition-delay? "
                        + "(see --help)");
        refused("--regoin=eu-west-1").hasMessage("unknown option --regoin: did you mean --region? (see --help)");
        refused("4566").hasMessage("unknown option 4566 (see --help)");
    }

    @Test
    void anOptionTakesItsValueAfterAnEqualsSign() {
        DevServerOptions options = EmulatorServer.commandLine().parse(
                new String[] {"--port=5000", "--verify-signatures=KEY:a=b"}, Map.of());

        assertThat(options.port()).isEqualTo(5000);
        assertThat(options.signingCredentials()).containsExactly(Map.entry("KEY", "a=b"));
        refused("--kinesis-throughput-limits=yes").hasMessage("--kinesis-throughput-limits takes no value");
    }

    @Test
    void theUsageListsEveryEndpointBesideTheAwsApis() {
        assertThat(EmulatorServer.commandLine().usage()).contains(
                "GET /_emulator/dashboard", "/_emulator/dashboard/api/",
                "GET /_emulator/health", "/_localstack/health",
                "POST /_emulator/reset",
                "GET /_aws/sqs/messages?QueueUrl=URL",
                "GET /_aws/sns/SimpleNotificationService-emulator.pem");
    }

    @Test
    void theRetainedMemoryBoundTakesBytesOrABinarySuffix() {
        assertThat(EmulatorServer.commandLine().parse(new String[0], Map.of()).maxRetainedBytes()).isZero();
        assertThat(EmulatorServer.commandLine().parse(new String[] {"--max-retained-bytes", "1048576"}, Map.of()).maxRetainedBytes())
                .isEqualTo(1_048_576);
        assertThat(EmulatorServer.commandLine().parse(new String[] {"--max-retained-bytes", "64k"}, Map.of()).maxRetainedBytes())
                .isEqualTo(65_536);
        assertThat(EmulatorServer.commandLine().parse(new String[] {"--max-retained-bytes", "512M"}, Map.of()).maxRetainedBytes())
                .isEqualTo(512L << 20);
        assertThat(EmulatorServer.commandLine().parse(new String[0], Map.of("EMULATOR_MAX_RETAINED_BYTES", "2g")).maxRetainedBytes())
                .isEqualTo(2L << 30);
        for (String bad : new String[] {"0", "lots", "-5m", "1.5g", "9999999999999g"}) {
            refused("--max-retained-bytes", bad)
                    .hasMessage("--max-retained-bytes must be a positive size such as 1048576, 512m or 2g, not " + bad);
        }
    }

    @Test
    void aBadEnvironmentVariableIsNamed() {
        refusedFrom(Map.of("EMULATOR_PORT", "http"))
                .hasMessage("EMULATOR_PORT=http: --port must be a number from 0 to 65535, not http");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String... args) {
        return assertThatThrownBy(() -> EmulatorServer.commandLine().parse(args, Map.of()))
                .isInstanceOf(UsageException.class);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refusedFrom(Map<String, String> environment) {
        return assertThatThrownBy(() -> EmulatorServer.commandLine().parse(new String[0], environment))
                .isInstanceOf(UsageException.class);
    }
}
