package dev.awsemulator.server;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {

    @Test
    void hostAndPortOptionsConfigureTheServer() throws Exception {
        EmulatorServer.Builder builder = EmulatorServer.builder();

        assertThat(Main.parse(new String[] {"--host", "127.0.0.1", "--port", "0", "--region", "eu-west-1"}, builder))
                .isTrue();

        try (EmulatorServer server = builder.start(); Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
        }
    }

    @Test
    void helpAsksForTheUsage() {
        assertThat(Main.parse(new String[] {"--help"}, EmulatorServer.builder())).isFalse();
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--port", "70000"}, EmulatorServer.builder()))
                .hasMessageContaining("--port must be a number from 0 to 65535");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port"}, EmulatorServer.builder()))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> Main.parse(new String[] {"--colour", "blue"}, EmulatorServer.builder()))
                .hasMessageContaining("unknown option --colour");
    }
}
