package dev.awsemulator.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server sockets of one broker, bound before Kafka starts and handed to it by listener name, so the
 * ports are known (and reported) before the broker runs and none is lost to a race. A port the broker had
 * before is taken again when it is free; otherwise, or when none was asked for, the system picks one.
 */
final class NodeSockets implements AutoCloseable {

    private final Map<String, ServerSocketChannel> byListener = new LinkedHashMap<>();

    /** Binds one socket per listener name on {@code host}, at its preferred port (0 for any). */
    static NodeSockets bind(String host, Map<String, Integer> preferredPorts) {
        NodeSockets sockets = new NodeSockets();
        try {
            preferredPorts.forEach((listener, port) -> sockets.byListener.put(listener, open(host, port)));
            return sockets;
        } catch (RuntimeException e) {
            sockets.close();
            throw e;
        }
    }

    ServerSocketChannel channel(String listener) {
        return byListener.get(listener);
    }

    int port(String listener) {
        return byListener.get(listener).socket().getLocalPort();
    }

    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        byListener.forEach((listener, channel) -> ports.put(listener, channel.socket().getLocalPort()));
        return ports;
    }

    /** Closes the sockets Kafka did not take over (it closes its own when it stops). */
    @Override
    public void close() {
        byListener.values().forEach(channel -> {
            try {
                channel.close();
            } catch (IOException e) {
                // a socket that cannot even close has nothing left to free
            }
        });
    }

    private static ServerSocketChannel open(String host, int port) {
        try {
            return bound(host, port);
        } catch (BindException taken) {
            if (port == 0) {
                throw new UncheckedIOException("cannot listen on " + host, taken);
            }
            try {
                return bound(host, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    private static ServerSocketChannel bound(String host, int port) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.socket().setReuseAddress(true);
            channel.bind(new InetSocketAddress(host, port), 50);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }
}
