package dev.awsemulator.mq.activemq;

import io.undertow.Undertow;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.core.protocol.Handshake;
import io.undertow.websockets.core.protocol.version13.Hybi13Handshake;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Xnio;
import org.xnio.XnioWorker;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The broker's WebSocket endpoint ({@code wss://} and its {@code ws://} twin), as ActiveMQ's own serves
 * it: STOMP or MQTT, chosen by the WebSocket sub-protocol the client asks for, each connection relayed to
 * the broker's plaintext STOMP or MQTT listener on the loopback. STOMP goes one frame per WebSocket
 * message, MQTT as the bytes come (MQTT over WebSocket lets packets span messages).
 */
final class WebSocketBridge implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebSocketBridge.class.getName());
    private static final Set<String> STOMP = Set.of("v12.stomp", "v11.stomp", "v10.stomp", "stomp");
    private static final Set<String> MQTT = Set.of("mqtt", "mqttv3.1");
    private static XnioWorker worker;

    private final Undertow server;
    private final ExecutorService relays;

    private WebSocketBridge(Undertow server, ExecutorService relays) {
        this.server = server;
        this.relays = relays;
    }

    static WebSocketBridge start(String host, int tlsPort, int plainPort, SSLContext tls, int stompPort,
                                 int mqttPort) {
        ExecutorService relays = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mq-websocket-relay");
            thread.setDaemon(true);
            return thread;
        });
        Set<String> subprotocols = new java.util.HashSet<>(STOMP);
        subprotocols.addAll(MQTT);
        List<Handshake> handshakes = List.of(new Hybi13Handshake(subprotocols, false));
        WebSocketConnectionCallback callback = (exchange, channel) ->
                relay(exchange, channel, STOMP.contains(channel.getSubProtocol()) ? stompPort : mqttPort, relays);
        Undertow server = Undertow.builder()
                .setWorker(sharedWorker())
                .addHttpsListener(tlsPort, host, tls)
                .addHttpListener(plainPort, host)
                .setHandler(new WebSocketProtocolHandshakeHandler(handshakes, callback))
                .build();
        server.start();
        return new WebSocketBridge(server, relays);
    }

    int tlsPort() {
        return port("https");
    }

    int plainPort() {
        return port("http");
    }

    private int port(String protocol) {
        return server.getListenerInfo().stream().filter(info -> info.getProtcol().equals(protocol))
                .map(info -> ((InetSocketAddress) info.getAddress()).getPort()).findFirst().orElseThrow();
    }

    /** One XNIO worker for every bridge of the JVM: a bridge carries little, and threads are not free. */
    private static synchronized XnioWorker sharedWorker() {
        if (worker == null) {
            try {
                worker = Xnio.getInstance(Undertow.class.getClassLoader()).createWorker(OptionMap.builder()
                        .set(Options.WORKER_IO_THREADS, 2)
                        .set(Options.WORKER_TASK_CORE_THREADS, 2)
                        .set(Options.WORKER_TASK_MAX_THREADS, 4)
                        .set(Options.THREAD_DAEMON, true)
                        .set(Options.WORKER_NAME, "mq-websocket")
                        .getMap());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the WebSocket worker", e);
            }
        }
        return worker;
    }

    private static void relay(WebSocketHttpExchange exchange, WebSocketChannel channel, int port,
                              ExecutorService relays) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "WebSocket client refused: the broker is not listening: {0}",
                    e.toString());
            WebSockets.sendClose(1011, "broker unavailable", channel, null);
            return;
        }
        boolean stomp = STOMP.contains(channel.getSubProtocol());
        ExecutorService writes = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mq-websocket-write");
            thread.setDaemon(true);
            return thread;
        });
        channel.getReceiveSetter().set(new AbstractReceiveListener() {
            @Override
            protected void onFullTextMessage(WebSocketChannel ignored, BufferedTextMessage message) {
                byte[] bytes = message.getData().getBytes(StandardCharsets.UTF_8);
                writes.execute(() -> write(socket, bytes));
            }

            @Override
            protected void onFullBinaryMessage(WebSocketChannel ignored, BufferedBinaryMessage message) {
                byte[] bytes = WebSockets.mergeBuffers(message.getData().getResource()).array();
                message.getData().free();
                writes.execute(() -> write(socket, bytes));
            }

            @Override
            protected void onCloseMessage(io.undertow.websockets.core.CloseMessage message, WebSocketChannel ignored) {
                writes.execute(() -> close(socket));
                writes.shutdown();
            }
        });
        channel.resumeReceives();
        relays.execute(() -> pump(socket, channel, stomp, writes));
    }

    /** Broker to client, until either side closes. */
    private static void pump(Socket socket, WebSocketChannel channel, boolean stomp, ExecutorService writes) {
        StompFrames frames = new StompFrames(frame -> send(channel, frame, true));
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = socket.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (stomp) {
                    frames.accept(buffer, read);
                } else {
                    send(channel, java.util.Arrays.copyOf(buffer, read), false);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "WebSocket relay ended: {0}", e.toString());
        } finally {
            writes.shutdown();
            close(socket);
            if (channel.isOpen()) {
                WebSockets.sendClose(1000, "", channel, null);
            }
        }
    }

    /** STOMP frames go as text when they are UTF-8 (every STOMP client reads those), else as binary. */
    private static void send(WebSocketChannel channel, byte[] bytes, boolean preferText) {
        if (preferText) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                WebSockets.sendText(text, channel, null);
                return;
            } catch (CharacterCodingException binary) {
                // a binary body: sent as it is below
            }
        }
        WebSockets.sendBinary(ByteBuffer.wrap(bytes), channel, null);
    }

    private static void write(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            close(socket);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a relay socket: {0}", e.toString());
        }
    }

    @Override
    public void close() {
        server.stop();
        relays.shutdownNow();
    }
}
