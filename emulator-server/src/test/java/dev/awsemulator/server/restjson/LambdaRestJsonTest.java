package dev.awsemulator.server.restjson;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A REST-JSON service with Lambda's function routes, driven by the SDK's {@link LambdaClient}:
 * headers and a blob payload both ways, the status from an output member, 201 and 204 answers.
 */
class LambdaRestJsonTest {

    private static RestJsonServer server;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() {
        server = RestJsonServer.start();
        lambda = server.configure(LambdaClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        server.close();
    }

    private static void createFunction(String name) {
        var created = lambda.createFunction(b -> b.functionName(name).runtime("java21").role("arn:aws:iam::000000000000:role/r")
                .handler("Handler::handle").code(c -> c.zipFile(SdkBytes.fromUtf8String("zip bytes"))));
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + name);
        assertThat(created.codeSize()).isEqualTo(9);
    }

    @Test
    void anInvocationSendsAndAnswersAPayloadWithHeaders() {
        createFunction("reverser");

        InvokeResponse response = lambda.invoke(b -> b.functionName("reverser").qualifier("7").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"n\":1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.payload().asUtf8String()).isEqualTo("}1:\"n\"{");
        assertThat(response.executedVersion()).isEqualTo("7");
        assertThat(new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8))
                .isEqualTo("invoked");
        assertThat(response.functionError()).isNull();
    }

    @Test
    void theStatusOfAnInvocationFollowsItsTypeAndTheFunctionMayBeNamedByArn() {
        createFunction("typed");
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:typed";

        InvokeResponse event = lambda.invoke(b -> b.functionName(arn).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));
        InvokeResponse dryRun = lambda.invoke(b -> b.functionName("typed").invocationType(InvocationType.DRY_RUN));

        assertThat(event.statusCode()).isEqualTo(202);
        assertThat(event.payload().asByteArray()).isEmpty();
        assertThat(dryRun.statusCode()).isEqualTo(204);
        assertThat(lambda.getFunction(b -> b.functionName(arn)).configuration().functionName()).isEqualTo("typed");
    }

    @Test
    void aDeletedFunctionIsGoneAndNamingItIsAResourceNotFoundException() {
        createFunction("short-lived");

        var deleted = lambda.deleteFunction(b -> b.functionName("short-lived"));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("short-lived")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Function not found: arn:aws:lambda:us-east-1:000000000000:function:short-lived");
                });
    }

    @Test
    void aSecondFunctionOfTheSameNameIsAConflictAndLeavesTheFirst() {
        createFunction("only-one");

        assertThatThrownBy(() -> createFunction("only-one"))
                .isInstanceOfSatisfying(ResourceConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(lambda.getFunction(b -> b.functionName("only-one")).configuration().codeSize()).isEqualTo(9);
    }
}
