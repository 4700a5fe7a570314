package dev.awsemulator.mq.rabbitmq;

import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The broker's {@code amqps://} and {@code amqp://} listeners: each connection is relayed to Qpid's own
 * listener on the loopback, with {@code queue.declare} arguments renamed from RabbitMQ's vocabulary on the
 * way ({@link QueueArguments}). TLS ends here, with the emulator's certificate.
 */
final class AmqpRelay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AmqpRelay.class.getName());
    private static final int METHOD_FRAME = 1;
    private static final int FRAME_END = 0xCE;
    private static final int PROTOCOL_HEADER = 8;

    private final ServerSocket tls;
    private final ServerSocket plain;
    private final int brokerPort;
    private final ExecutorService threads;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private AmqpRelay(ServerSocket tls, ServerSocket plain, int brokerPort) {
        this.tls = tls;
        this.plain = plain;
        this.brokerPort = brokerPort;
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mq-amqp-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    static AmqpRelay start(String host, int tlsPort, int plainPort, SSLContext context, int brokerPort)
            throws IOException {
        ServerSocket tls = listen(context.getServerSocketFactory(), host, tlsPort);
        ServerSocket plain;
        try {
            plain = listen(ServerSocketFactory.getDefault(), host, plainPort);
        } catch (IOException e) {
            tls.close();
            throw e;
        }
        AmqpRelay relay = new AmqpRelay(tls, plain, brokerPort);
        relay.threads.execute(() -> relay.accept(tls));
        relay.threads.execute(() -> relay.accept(plain));
        return relay;
    }

    int tlsPort() {
        return tls.getLocalPort();
    }

    int plainPort() {
        return plain.getLocalPort();
    }

    private static ServerSocket listen(ServerSocketFactory factory, String host, int port) throws IOException {
        ServerSocket socket = factory.createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        return socket;
    }

    private void accept(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "AMQP listener failed: {0}", e.toString());
                }
            }
        }
    }

    private void relay(Socket client) {
        Socket broker = new Socket();
        open.add(client);
        open.add(broker);
        try {
            client.setTcpNoDelay(true);
            broker.setTcpNoDelay(true);
            broker.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), brokerPort));
            InputStream fromBroker = broker.getInputStream();
            OutputStream toClient = client.getOutputStream();
            threads.execute(() -> copy(fromBroker, toClient, client, broker));
            rewrite(new DataInputStream(new BufferedInputStream(client.getInputStream())),
                    new DataOutputStream(new BufferedOutputStream(broker.getOutputStream())));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "AMQP connection ended: {0}", e.toString());
        } finally {
            close(client, broker);
        }
    }

    /** Client to broker: the protocol header, then frame by frame, each flushed as it is complete. */
    private static void rewrite(DataInputStream in, DataOutputStream out) throws IOException {
        byte[] header = new byte[PROTOCOL_HEADER];
        in.readFully(header);
        out.write(header);
        out.flush();
        while (true) {
            int type = in.readUnsignedByte();
            int channel = in.readUnsignedShort();
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            int end = in.readUnsignedByte();
            if (end != FRAME_END) {
                throw new IOException("malformed AMQP frame end " + end);
            }
            byte[] sent = type == METHOD_FRAME ? QueueArguments.rewrite(payload) : payload;
            out.writeByte(type);
            out.writeShort(channel);
            out.writeInt(sent.length);
            out.write(sent);
            out.writeByte(FRAME_END);
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    private void copy(InputStream in, OutputStream out, Socket client, Socket broker) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "AMQP connection ended: {0}", e.toString());
        } finally {
            close(client, broker);
        }
    }

    private void close(Socket... sockets) {
        for (Socket socket : sockets) {
            open.remove(socket);
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing an AMQP relay socket: {0}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        close(tls, plain);
        open.forEach(socket -> close(socket));
        threads.shutdownNow();
    }

    private static void close(ServerSocket... sockets) {
        for (ServerSocket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing an AMQP listener: {0}", e.toString());
            }
        }
    }
}
