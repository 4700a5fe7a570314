package dev.awsemulator.server.sqs;

import com.amazonaws.AmazonServiceException.ErrorType;
import com.amazonaws.Request;
import com.amazonaws.Response;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.handlers.RequestHandler2;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.AmazonSQSException;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import dev.awsemulator.server.testsupport.SqsCallFailed;
import dev.awsemulator.server.testsupport.SqsDriver;
import dev.awsemulator.server.testsupport.SqsDriver.HandleEntry;
import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import dev.awsemulator.server.testsupport.SqsFault;
import dev.awsemulator.server.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException;
import software.amazon.awssdk.services.sqs.model.InvalidBatchEntryIdException;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueDeletedRecentlyException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What differs between the wires, asserted once each: which protocol each SDK really speaks, which
 * exception class each SDK raises for each error, and the one error text AWS words differently.
 */
class SqsWireFactsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    /** An error, how to provoke it on a queue of one's own, and the exception each SDK raises for it. */
    record ErrorCase(String name, SqsFault fault, BiConsumer<SqsDriver, String> provoke,
                     Class<? extends SqsException> v2Class,
                     Class<? extends AmazonSQSException> v1Class) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ErrorCase> errors() {
        return Stream.of(
                new ErrorCase("missing queue", SqsFault.NON_EXISTENT_QUEUE,
                        (sqs, url) -> sqs.getQueueUrl("missing"), QueueDoesNotExistException.class,
                        com.amazonaws.services.sqs.model.QueueDoesNotExistException.class),
                new ErrorCase("queue exists with other attributes", SqsFault.QUEUE_ALREADY_EXISTS,
                        (sqs, url) -> sqs.createQueue(name(url), Map.of("DelaySeconds", "9")),
                        QueueNameExistsException.class,
                        com.amazonaws.services.sqs.model.QueueNameExistsException.class),
                new ErrorCase("queue deleted recently", SqsFault.QUEUE_DELETED_RECENTLY, (sqs, url) -> {
                    sqs.deleteQueue(url);
                    sqs.createQueue(name(url));
                }, QueueDeletedRecentlyException.class,
                        com.amazonaws.services.sqs.model.QueueDeletedRecentlyException.class),
                new ErrorCase("purge within 60 seconds", SqsFault.PURGE_QUEUE_IN_PROGRESS, (sqs, url) -> {
                    sqs.purgeQueue(url);
                    sqs.purgeQueue(url);
                }, PurgeQueueInProgressException.class,
                        com.amazonaws.services.sqs.model.PurgeQueueInProgressException.class),
                new ErrorCase("malformed receipt handle", SqsFault.RECEIPT_HANDLE_IS_INVALID,
                        (sqs, url) -> sqs.deleteMessage(url, "garbage"), ReceiptHandleIsInvalidException.class,
                        com.amazonaws.services.sqs.model.ReceiptHandleIsInvalidException.class),
                new ErrorCase("message no longer in flight", SqsFault.MESSAGE_NOT_INFLIGHT, (sqs, url) -> {
                    String handle = sqs.receiveMessage(url, Receive.upTo(1).hidingFor(0)).get(0).receiptHandle();
                    sqs.changeMessageVisibility(url, handle, 10);
                }, MessageNotInflightException.class,
                        com.amazonaws.services.sqs.model.MessageNotInflightException.class),
                new ErrorCase("empty batch", SqsFault.EMPTY_BATCH_REQUEST,
                        (sqs, url) -> sqs.deleteMessageBatch(url, List.of()), EmptyBatchRequestException.class,
                        com.amazonaws.services.sqs.model.EmptyBatchRequestException.class),
                new ErrorCase("eleven batch entries", SqsFault.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                        (sqs, url) -> sqs.sendMessageBatch(url, IntStream.range(0, 11)
                                .mapToObj(i -> Send.body("m").withId("e" + i)).toList()),
                        TooManyEntriesInBatchRequestException.class,
                        com.amazonaws.services.sqs.model.TooManyEntriesInBatchRequestException.class),
                new ErrorCase("repeated batch entry id", SqsFault.BATCH_ENTRY_IDS_NOT_DISTINCT,
                        (sqs, url) -> sqs.deleteMessageBatch(url, List.of(HandleEntry.of("same", "a"),
                                HandleEntry.of("same", "b"))), BatchEntryIdsNotDistinctException.class,
                        com.amazonaws.services.sqs.model.BatchEntryIdsNotDistinctException.class),
                new ErrorCase("bad batch entry id", SqsFault.INVALID_BATCH_ENTRY_ID,
                        (sqs, url) -> sqs.deleteMessageBatch(url, List.of(HandleEntry.of("a.b", "a"))),
                        InvalidBatchEntryIdException.class,
                        com.amazonaws.services.sqs.model.InvalidBatchEntryIdException.class),
                new ErrorCase("unknown attribute", SqsFault.INVALID_ATTRIBUTE_NAME,
                        (sqs, url) -> sqs.setQueueAttributes(url, Map.of("Colour", "blue")),
                        InvalidAttributeNameException.class,
                        com.amazonaws.services.sqs.model.InvalidAttributeNameException.class),
                // SDK v1's Query model has no InvalidAttributeValue shape: its generic exception carries the code.
                new ErrorCase("attribute out of range", SqsFault.INVALID_ATTRIBUTE_VALUE,
                        (sqs, url) -> sqs.setQueueAttributes(url, Map.of("DelaySeconds", "901")),
                        InvalidAttributeValueException.class, AmazonSQSException.class),
                new ErrorCase("invalid characters", SqsFault.INVALID_MESSAGE_CONTENTS,
                        (sqs, url) -> sqs.sendMessage(url, Send.body("\u0000")), InvalidMessageContentsException.class,
                        com.amazonaws.services.sqs.model.InvalidMessageContentsException.class),
                new ErrorCase("move task from a missing queue", SqsFault.RESOURCE_NOT_FOUND,
                        (sqs, url) -> sqs.startMessageMoveTask("arn:aws:sqs:us-east-1:000000000000:missing", null,
                                null), ResourceNotFoundException.class,
                        com.amazonaws.services.sqs.model.ResourceNotFoundException.class),
                // Unmodeled in both SDKs: the generic exceptions carry the code.
                new ErrorCase("receive of eleven messages", SqsFault.INVALID_PARAMETER_VALUE,
                        (sqs, url) -> sqs.receiveMessage(url, Receive.upTo(11)), SqsException.class,
                        AmazonSQSException.class),
                new ErrorCase("empty body", SqsFault.MISSING_PARAMETER,
                        (sqs, url) -> sqs.sendMessage(url, Send.body("")), SqsException.class,
                        AmazonSQSException.class));
    }

    private static String name(String queueUrl) {
        return queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    /** Provokes the error over one wire, on a queue holding one message, and returns what the driver threw. */
    private static SqsCallFailed provoke(ErrorCase error, Wire wire) {
        SqsDriver sqs = wire.driver(aws);
        String url = sqs.createQueue("facts-" + wire.name().toLowerCase());
        sqs.sendMessage(url, Send.body("present"));
        try {
            error.provoke().accept(sqs, url);
        } catch (SqsCallFailed failure) {
            assertThat(failure.errorCode()).isEqualTo(error.fault().code());
            assertThat(failure.httpStatus()).isEqualTo(error.fault().httpStatus());
            return failure;
        }
        throw new AssertionError(error + " did not fail over " + wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void sdkV2RaisesTheModeledExceptionWithTheQueryCodeAndStatus(ErrorCase error) {
        Throwable cause = provoke(error, Wire.JSON).getCause();

        assertThat(cause).isExactlyInstanceOf(error.v2Class());
        AwsServiceException exception = (AwsServiceException) cause;
        assertThat(exception.awsErrorDetails().errorCode()).isEqualTo(error.fault().code());
        assertThat(exception.statusCode()).isEqualTo(error.fault().httpStatus());
        assertThat(exception.requestId()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void sdkV1OverQueryRaisesAnAmazonSqsExceptionWithTheCodeAndStatus(ErrorCase error) {
        Throwable cause = provoke(error, Wire.QUERY).getCause();

        assertThat(cause).isExactlyInstanceOf(error.v1Class()).isInstanceOf(AmazonSQSException.class);
        AmazonSQSException exception = (AmazonSQSException) cause;
        assertThat(exception.getErrorCode()).isEqualTo(error.fault().code());
        assertThat(exception.getStatusCode()).isEqualTo(error.fault().httpStatus());
        assertThat(exception.getErrorType()).isEqualTo(ErrorType.Client);
        assertThat(exception.getRequestId()).isNotBlank();
    }

    @Test
    void missingQueueIsWordedPerWireAsAwsWordsIt() {
        SqsCallFailed json = provoke(errors().findFirst().orElseThrow(), Wire.JSON);
        SqsCallFailed query = provoke(errors().findFirst().orElseThrow(), Wire.QUERY);

        assertThat(json.errorMessage()).isEqualTo("The specified queue does not exist.");
        assertThat(query.errorMessage()).isEqualTo("The specified queue does not exist for this wsdl version.");
    }

    @Test
    void sdkV2SpeaksJsonToTheRoot() {
        List<SdkHttpRequest> requests = new ArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                requests.add(context.httpRequest());
            }
        };
        try (SqsClient sqs = SqsClient.builder().endpointOverride(aws.endpoint()).region(Region.of("us-east-1"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(config -> config.addExecutionInterceptor(recorder)).build()) {
            String url = sqs.createQueue(b -> b.queueName("json")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("hi"));
        }

        assertThat(requests).extracting(request -> request.firstMatchingHeader("X-Amz-Target").orElse(null))
                .containsExactly("AmazonSQS.CreateQueue", "AmazonSQS.SendMessage");
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.encodedPath()).isIn("", "/");
            assertThat(request.firstMatchingHeader("Content-Type")).contains("application/x-amz-json-1.0");
            assertThat(request.firstMatchingHeader("x-amzn-query-mode")).contains("true");
        });
    }

    @Test
    void sdkV1SpeaksQueryWithTheQueueUrlAsThePath() {
        List<Request<?>> requests = new ArrayList<>();
        AmazonSQS sqs = AmazonSQSClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(aws.endpoint().toString(), "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("test", "test")))
                .withRequestHandlers(new RequestHandler2() {
                    @Override
                    public void afterResponse(Request<?> request, Response<?> response) {
                        requests.add(request);
                    }
                })
                .build();
        try {
            String url = sqs.createQueue("query").getQueueUrl();
            sqs.sendMessage(url, "hi");
        } finally {
            sqs.shutdown();
        }

        assertThat(requests).extracting(request -> request.getParameters().get("Action"))
                .containsExactly(List.of("CreateQueue"), List.of("SendMessage"));
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.getHeaders()).doesNotContainKey("X-Amz-Target");
            assertThat(request.getParameters()).doesNotContainKey("QueueUrl");
        });
        assertThat(requests.get(1).getResourcePath()).isEqualTo("/000000000000/query");
    }
}
