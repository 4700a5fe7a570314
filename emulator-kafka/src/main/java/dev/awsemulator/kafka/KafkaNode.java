package dev.awsemulator.kafka;

import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.FaultHandlerFactory;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.Server;
import kafka.server.SharedServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One Kafka node in this JVM: a broker and, for node 1, the cluster's KRaft controller. Made as Kafka's own
 * {@code KafkaRaftServer} makes its parts, except that it listens on sockets bound beforehand and that a
 * fatal fault marks the node instead of halting the JVM, which is the emulator's too.
 */
final class KafkaNode {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    final int id;
    private final Path directory;
    private final NodeSockets sockets;
    private final SharedServer shared;
    private final ControllerServer controller;
    private final BrokerServer broker;
    private volatile String fault;

    private KafkaNode(int id, Path directory, NodeSockets sockets, Map<String, Object> settings, String clusterId) {
        this.id = id;
        this.directory = directory;
        this.sockets = sockets;
        KafkaConfig config = new KafkaConfig(settings, false);
        format(config, clusterId);
        Tuple2<MetaPropertiesEnsemble, BootstrapMetadata> storage = KafkaRaftServer.initializeLogDirs(config,
                LoggerFactory.getLogger(KafkaNode.class), "[node " + id + "] ");
        ServerSocketFactory socketFactory = (listenerName, address, backlog, receiveBuffer) ->
                sockets.channel(listenerName);
        FaultHandlerFactory faults = (name, fatal, action) -> (message, cause) -> {
            if (fatal) {
                fault = message;
            }
            return new IllegalStateException(message, cause);
        };
        this.shared = new SharedServer(config, storage._1(), Time.SYSTEM,
                Server.initializeMetrics(config, Time.SYSTEM, clusterId),
                CompletableFuture.completedFuture(QuorumConfig.parseVoterConnections(config.quorumConfig().voters())),
                QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()), faults, socketFactory);
        this.controller = id == BrokerSettings.CONTROLLER_NODE
                ? new ControllerServer(shared, KafkaRaftServer.configSchema(), storage._2()) : null;
        this.broker = new BrokerServer(shared);
    }

    /**
     * Makes a node over its directory (formatted first if it is new) and its bound sockets; nothing runs yet.
     * A directory formatted for another cluster, or by a Kafka that cannot read it, is refused here.
     */
    static KafkaNode create(int id, Path directory, NodeSockets sockets, Map<String, Object> settings,
                            String clusterId) {
        try {
            Files.createDirectories(directory);
            return new KafkaNode(id, directory, sockets, settings, clusterId);
        } catch (Exception e) {
            sockets.close();
            throw new IllegalStateException("broker " + id + " cannot use " + directory + ": " + message(e), e);
        }
    }

    /** Starts the controller, if this node has one: before any broker, which needs it to join. */
    void startController() {
        if (controller != null) {
            controller.startup();
        }
    }

    /** Starts the broker; returns once it serves every listener. */
    void startBroker() {
        broker.startup();
    }

    int port(String listener) {
        return sockets.port(listener);
    }

    /** Every listener of the node and the port it listens on. */
    Map<String, Integer> portsByListener() {
        return sockets.ports();
    }

    String fault() {
        return fault;
    }

    /** Stops the broker, then the controller: the broker may need the controller to shut down cleanly. */
    void stop() {
        try {
            broker.shutdown(SHUTDOWN_TIMEOUT);
            broker.awaitShutdown();
            if (controller != null) {
                controller.shutdown();
                controller.awaitShutdown();
            }
        } finally {
            sockets.close();
        }
    }

    private void format(KafkaConfig config, String clusterId) {
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(id)
                .setClusterId(clusterId)
                .setIgnoreFormatted(true)
                .setControllerListenerName(BrokerSettings.CONTROLLER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
        formatter.addDirectory(directory.toString());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format " + directory + ": " + message(e), e);
        }
    }

    static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
