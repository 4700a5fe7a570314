package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a raw HTTP client sees when it sends what no SDK would: AWS errors, never a 500 or a hang. */
class WireProtocolTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void unknownJsonOperationIsAnUnknownOperationError() throws Exception {
        HttpResponse<String> response = postJson("AmazonSQS.FlyToTheMoon", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(response.body()).contains("\"__type\":\"com.amazonaws.sqs#UnknownOperationException\"");
    }

    @Test
    void unknownTargetPrefixIsAnUnknownOperationError() throws Exception {
        HttpResponse<String> response = postJson("SomeOtherService_20200101.Do", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UnknownOperationException");
    }

    @Test
    void malformedJsonIsASerializationErrorAndChangesNothing() throws Exception {
        HttpResponse<String> response = postJson("AmazonSQS.CreateQueue", "{\"QueueName\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
    }

    @Test
    void wrongMemberTypeIsASerializationError() throws Exception {
        HttpResponse<String> response = postJson("AmazonSQS.CreateQueue", "{\"QueueName\": {\"nested\": true}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
    }

    @Test
    void queryRequestWithoutActionIsAMissingActionError() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(aws.endpoint()).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("<ErrorResponse").contains("<Code>MissingAction</Code>");
    }

    @Test
    void unknownQueryActionIsAnInvalidActionError() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/?Action=Jump")).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidAction</Code>");
    }

    @Test
    void queryGetCreatesAndReadsLikeAPost() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(
                URI.create(aws.endpoint() + "/?Action=CreateQueue&QueueName=by-get")).GET());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).startsWith("<CreateQueueResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<CreateQueueResult><QueueUrl>" + aws.endpoint() + "/000000000000/by-get</QueueUrl>");
        assertThat(created.headers().firstValue("Content-Type")).hasValue("text/xml");
    }

    /**
     * The server answers from the declared length, before the body: the request is written over a bare socket
     * without its body, since a client that sends the 9 MiB at once may have its connection reset under the
     * unread bytes before it reads the answer, a race of TCP's rather than of the server.
     */
    @Test
    void bodyOverTheLimitIsRejectedWith413() throws Exception {
        try (Socket socket = new Socket(aws.endpoint().getHost(), aws.endpoint().getPort())) {
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Amz-Target: AmazonSQS.CreateQueue\r\nContent-Type: application/x-amz-json-1.0\r\n"
                    + "Content-Length: " + 9 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[1024];
            for (int n; !answer.toString().contains("RequestEntityTooLarge") && (n = in.read(chunk)) > 0; ) {
                answer.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }

            assertThat(answer.toString()).startsWith("HTTP/1.1 413 ").contains("RequestEntityTooLarge");
        }
    }

    @Test
    void queryErrorsUseTheErrorResponseShapeThatSdkV1Reads() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(aws.endpoint() + "/?Action=GetQueueUrl&QueueName=missing")).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).matches("<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>.+</Message>"
                + "<Detail/></Error><RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
    }

    private static HttpResponse<String> postJson(String target, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(aws.endpoint())
                .header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
