package dev.awsemulator.server.cli;

import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code --help} lists beside the options is what the server answers, each at its method and path. */
class UsageEndpointsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyEndpointTheHelpListsAnswersItsMethod() throws Exception {
        List<String> listed = EmulatorServer.commandLine().usage().lines()
                .dropWhile(line -> !line.startsWith("Endpoints"))
                .filter(line -> line.startsWith("  GET ") || line.startsWith("  POST "))
                .map(line -> line.trim().split(" +", 3))
                .map(words -> words[0] + " " + words[1])
                .toList();

        assertThat(listed).hasSize(CommandLine.ENDPOINTS.size());
        for (String endpoint : listed) {
            String[] methodAndPath = endpoint.split(" ");
            String queueUrl = aws.sqs().createQueue(b -> b.queueName("listed")).queueUrl(); // again after the reset
            String path = methodAndPath[1].replace("=URL", "=" + URLEncoder.encode(queueUrl, StandardCharsets.UTF_8));

            HttpResponse<String> answer = send(methodAndPath[0], path);

            assertThat(answer.statusCode()).as(endpoint + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as(endpoint).isNotBlank();
        }
    }

    private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(aws.endpoint() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
