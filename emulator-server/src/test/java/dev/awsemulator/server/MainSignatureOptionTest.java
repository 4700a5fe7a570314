package dev.awsemulator.server;

import dev.awsemulator.server.cli.DevServerOptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --verify-signatures KEY:SECRET} turns signature checks on; without it any credentials work. */
class MainSignatureOptionTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theOptionMakesTheServerRefuseUnsignedRequests() throws Exception {
        try (EmulatorServer server = start("--port", "0", "--verify-signatures", "AKIDEXAMPLE:secret")) {
            assertThat(listQueues(server.endpoint())).isEqualTo(403);
        }
    }

    @Test
    void withoutTheOptionAnyRequestIsServed() throws Exception {
        try (EmulatorServer server = start("--port", "0")) {
            assertThat(listQueues(server.endpoint())).isEqualTo(200);
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aCredentialWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> EmulatorServer.commandLine().parse(new String[] {"--verify-signatures", "AKIDEXAMPLE"}, Map.of()))
                .hasMessageContaining("--verify-signatures takes ACCESS_KEY_ID:SECRET_ACCESS_KEY");
    }

    private static EmulatorServer start(String... args) {
        DevServerOptions options = EmulatorServer.commandLine().parse(args, Map.of());
        return EmulatorServer.builder().host(options.host()).port(options.port())
                .verifySignatures(options.signingCredentials()).start();
    }

    private static int listQueues(URI endpoint) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/?Action=ListQueues")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
