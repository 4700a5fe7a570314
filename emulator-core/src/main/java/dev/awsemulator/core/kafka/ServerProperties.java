package dev.awsemulator.core.kafka;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The broker settings of an MSK configuration: the properties MSK lets a customer set (its "Custom MSK
 * configurations" list for Standard brokers), each checked for the kind of value Kafka takes, and MSK's own
 * defaults beneath them. Replication settings are capped to the cluster's broker count, so a small cluster
 * can still create the topics its configuration asks for.
 */
final class ServerProperties {

    private enum Kind { BOOLEAN, INT, LONG, DOUBLE, TEXT }

    private static final Map<String, Kind> SETTABLE = settable();
    private static final Map<String, List<String>> CHOICES = Map.of(
            "compression.type", List.of("gzip", "snappy", "lz4", "zstd", "uncompressed", "producer"),
            "log.message.timestamp.type", List.of("CreateTime", "LogAppendTime"),
            "log.cleanup.policy", List.of("delete", "compact", "compact,delete", "delete,compact"));
    /** Settings whose value may not exceed the number of brokers, which Kafka would otherwise refuse to meet. */
    private static final List<String> CAPPED_TO_BROKERS = List.of("default.replication.factor", "min.insync.replicas",
            "offsets.topic.replication.factor", "transaction.state.log.replication.factor",
            "transaction.state.log.min.isr");

    private ServerProperties() {
    }

    private static Map<String, Kind> settable() {
        Map<String, Kind> kinds = new TreeMap<>();
        for (String name : List.of("allow.everyone.if.no.acl.found", "auto.create.topics.enable", "delete.topic.enable",
                "unclean.leader.election.enable", "auto.leader.rebalance.enable")) {
            kinds.put(name, Kind.BOOLEAN);
        }
        for (String name : List.of("default.replication.factor", "group.initial.rebalance.delay.ms",
                "group.max.session.timeout.ms", "group.min.session.timeout.ms", "leader.imbalance.per.broker.percentage",
                "log.retention.hours", "log.retention.minutes", "log.roll.hours", "log.segment.bytes",
                "max.connections.per.ip", "max.incremental.fetch.session.cache.slots", "message.max.bytes",
                "min.insync.replicas", "num.io.threads", "num.network.threads", "num.partitions",
                "num.recovery.threads.per.data.dir", "num.replica.fetchers", "offsets.retention.minutes",
                "offsets.topic.replication.factor", "replica.fetch.max.bytes", "replica.fetch.response.max.bytes",
                "replica.socket.receive.buffer.bytes", "socket.receive.buffer.bytes", "socket.request.max.bytes",
                "socket.send.buffer.bytes", "transaction.max.timeout.ms", "transaction.state.log.min.isr",
                "transaction.state.log.replication.factor", "transactional.id.expiration.ms",
                "producer.id.expiration.ms", "zookeeper.connection.timeout.ms", "zookeeper.session.timeout.ms")) {
            kinds.put(name, Kind.INT);
        }
        for (String name : List.of("connections.max.idle.ms", "log.cleaner.delete.retention.ms",
                "log.flush.interval.messages", "log.flush.interval.ms", "log.message.timestamp.difference.max.ms",
                "log.message.timestamp.before.max.ms", "log.message.timestamp.after.max.ms", "log.retention.bytes",
                "log.retention.ms", "log.roll.ms", "log.segment.delete.delay.ms", "replica.lag.time.max.ms",
                "local.retention.ms", "local.retention.bytes")) {
            kinds.put(name, Kind.LONG);
        }
        kinds.put("log.cleaner.min.cleanable.ratio", Kind.DOUBLE);
        for (String name : List.of("compression.type", "log.message.timestamp.type", "log.cleanup.policy",
                "max.connections.per.ip.overrides", "replica.selector.class")) {
            kinds.put(name, Kind.TEXT);
        }
        return kinds;
    }

    /**
     * The properties of a configuration's text, in the {@code key = value} lines of a {@code server.properties}
     * file; refuses a property MSK does not let customers set, and a value of the wrong kind.
     */
    static Map<String, String> parse(byte[] text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("The server properties could not be read: " + e.getMessage());
        }
        Map<String, String> parsed = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> parsed.put(name, properties.getProperty(name).trim()));
        parsed.forEach(ServerProperties::check);
        return parsed;
    }

    /**
     * What the brokers of a cluster run with: MSK's defaults for a cluster of {@code brokers} brokers, under the
     * configuration's properties, with replication settings capped to the broker count.
     */
    static Map<String, String> effective(Map<String, String> configured, int brokers) {
        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("auto.create.topics.enable", "false");
        effective.put("default.replication.factor", "3");
        effective.put("min.insync.replicas", "2");
        effective.put("num.partitions", "1");
        effective.put("unclean.leader.election.enable", "true");
        effective.put("offsets.topic.replication.factor", "3");
        effective.put("transaction.state.log.replication.factor", "3");
        effective.put("transaction.state.log.min.isr", "2");
        effective.put("allow.everyone.if.no.acl.found", "true");
        effective.putAll(configured);
        for (String name : CAPPED_TO_BROKERS) {
            effective.computeIfPresent(name, (key, value) ->
                    Integer.toString(Math.min(Integer.parseInt(value), brokers)));
        }
        return effective;
    }

    private static void check(String name, String value) {
        Kind kind = SETTABLE.get(name);
        if (kind == null) {
            throw invalid("The server property " + name + " is not supported. You can set only the properties that"
                    + " Amazon MSK lists for custom configurations.");
        }
        boolean valid = switch (kind) {
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case INT -> parses(() -> Integer.parseInt(value));
            case LONG -> parses(() -> Long.parseLong(value));
            case DOUBLE -> parses(() -> Double.parseDouble(value));
            case TEXT -> !value.isEmpty() && CHOICES.getOrDefault(name, List.of(value)).contains(value);
        };
        if (!valid) {
            throw invalid("The value " + value + " of the server property " + name + " is not valid.");
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static RuntimeException invalid(String message) {
        return KafkaError.BAD_REQUEST.exception(message, "serverProperties");
    }
}
