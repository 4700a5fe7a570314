package dev.awsemulator.server.cli;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.KafkaOptions;
import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.mq.MqOptions;
import dev.awsemulator.core.sqs.SqsOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/** Everything the command line and the environment can set, with the defaults of a plain {@code java -jar}. */
public final class DevServerOptions {

    String host = "127.0.0.1";
    int port = 4566;
    String region = Caller.DEFAULT_REGION;
    String account = Caller.DEFAULT_ACCOUNT;
    Path config;
    Path dataDir;
    Level logLevel = Level.WARNING;
    SqsOptions sqsOptions = SqsOptions.STRICT;
    KinesisOptions kinesisOptions = KinesisOptions.DEFAULTS;
    Duration mqTransitionDelay = Duration.ZERO;
    KafkaOptions kafkaOptions = KafkaOptions.DEFAULTS;
    long maxRetainedBytes;
    final Map<String, String> signingCredentials = new LinkedHashMap<>();
    boolean help;

    /** Access key id to secret key; empty when signatures are not checked. */
    public Map<String, String> signingCredentials() {
        return Map.copyOf(signingCredentials);
    }

    /** Where state survives restarts; null keeps it in memory only. */
    public Path dataDir() {
        return dataDir;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /** The config file, null when none was given. */
    public Path config() {
        return config;
    }

    public Level logLevel() {
        return logLevel;
    }

    public SqsOptions sqsOptions() {
        return sqsOptions;
    }

    public KinesisOptions kinesisOptions() {
        return kinesisOptions;
    }

    /** Amazon MQ's brokers listen on the server's own host. */
    public MqOptions mqOptions() {
        return new MqOptions(mqTransitionDelay, host);
    }

    /** Amazon MSK's brokers bind the server's own host. */
    public KafkaOptions kafkaOptions() {
        return kafkaOptions.withBrokerHost(host);
    }

    /** Every service's options the command line set, for {@code Emulator.Builder.options}. */
    public List<Object> serviceOptions() {
        return List.of(sqsOptions, kinesisOptions, mqOptions(), kafkaOptions());
    }

    /** The bound on retained messages and records in bytes; 0 leaves the emulator's default. */
    public long maxRetainedBytes() {
        return maxRetainedBytes;
    }

    /** True when {@code --help} was asked for: print the usage and start nothing. */
    public boolean help() {
        return help;
    }
}
