package dev.awsemulator.spring.orders;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;

/** Whether an emulator still listens: the way to see from outside that it was stopped. */
final class Sockets {

    private Sockets() {
    }

    static boolean isListening(URI endpoint) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
