package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers' CORS requests over HTTP: the preflight is answered, and every answer to an origin allows it. */
class CorsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE = "http://localhost:3000";

    @Test
    void preflightIsAnsweredWithTheMethodsAndHeadersItAsksFor() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(aws.endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "amz-sdk-invocation-id,authorization,content-type,"
                        + "x-amz-date,x-amz-target,x-amz-user-agent"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.body()).isEmpty();
        HttpHeaders headers = preflight.headers();
        assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(headers.firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "GET", "DELETE");
        assertThat(headers.firstValue("Access-Control-Allow-Headers")).hasValue("amz-sdk-invocation-id,"
                + "authorization,content-type,x-amz-date,x-amz-target,x-amz-user-agent");
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
    }

    @Test
    void answersAndErrorsAllowTheOriginAndExposeTheRequestId() throws Exception {
        HttpResponse<String> created = send(json("CreateQueue", "{\"QueueName\":\"browser\"}"));
        HttpResponse<String> refused = send(json("GetQueueUrl", "{\"QueueName\":\"absent\"}"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        for (HttpResponse<String> response : List.of(created, refused)) {
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                    .contains("x-amzn-RequestId", "x-amzn-query-error", "Date");
        }
    }

    @Test
    void requestsWithoutAnOriginGetNoCorsHeaders() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(aws.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0").header("X-Amz-Target", "AmazonSQS.ListQueues")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpRequest.Builder json(String operation, String body) {
        return HttpRequest.newBuilder(aws.endpoint()).header("Origin", PAGE)
                .header("Content-Type", "application/x-amz-json-1.0").header("X-Amz-Target", "AmazonSQS." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
