package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal hook: every answered request is reported once, with protocol, status and error code. */
class RequestListenerTest {

    private final List<HandledRequest> journal = new CopyOnWriteArrayList<>();
    private final EmulatorServer server = EmulatorServer.builder().port(0).requestListener(journal::add).start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void successesAndErrorsAreReportedWithTheirCodes() {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(Apache5HttpClient.builder()).build()) {
            sqs.createQueue(b -> b.queueName("journaled"));
            assertThatThrownBy(() -> sqs.getQueueUrl(b -> b.queueName("missing")))
                    .isInstanceOf(QueueDoesNotExistException.class);
        }

        assertThat(journal).containsExactly(
                new HandledRequest("sqs", "CreateQueue", "json", 200, null, false, Caller.DEFAULT_ACCOUNT),
                new HandledRequest("sqs", "GetQueueUrl", "json", 400, "QueueDoesNotExist", false, Caller.DEFAULT_ACCOUNT));
    }

    /** Tests that each act as their own account read only their own requests from a shared journal. */
    @Test
    void eachEntryNamesTheAccountItsAccessKeyIdActedAs() {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "s")))
                .httpClientBuilder(Apache5HttpClient.builder()).build()) {
            sqs.listQueues();
        }

        assertThat(journal).singleElement().extracting(HandledRequest::accountId).isEqualTo("123456789012");
    }

    @Test
    void anOperationTheEmulatorLacksIsMarkedUnsupported() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=NoSuchAction&Version=2010-03-31"))
                .build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());

        assertThat(journal).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("NoSuchAction");
            assertThat(entry.protocol()).isEqualTo("query");
            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.unsupportedOperation()).isTrue();
        });
    }

    @Test
    void theSqsPeekIsJournaledLikeEveryOtherCall() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint()
                + "/_aws/sqs/messages/us-east-1/123456789012/absent")).build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());

        assertThat(journal).singleElement().isEqualTo(new HandledRequest("sqs", "(peek)", "query", 400,
                "QueueDoesNotExist", false, Caller.DEFAULT_ACCOUNT));
    }

    @Test
    void aFailingListenerDoesNotCostTheClientItsAnswer() throws Exception {
        try (EmulatorServer failing = EmulatorServer.builder().port(0)
                .requestListener(entry -> {
                    throw new IllegalStateException("listener broke");
                }).start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(failing.endpoint() + "/?Action=ListQueues")).build();

            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
    }
}
