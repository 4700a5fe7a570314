package dev.awsemulator.server.protocol;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST-JSON codec's bytes: where bound members are read from and how timestamps are spelled in each place. */
class RestJsonProtocolTest {

    record Input(String name, List<String> tags, Instant since, Instant until, Instant at, Integer count) {
    }

    record Issue(String invalidParameter) {
    }

    private static final Operation<Input> FIND = Operation.of("Find", Input.class, (caller, input) -> null)
            .at(HttpBinding.get("/things/{name}").header("tags", "x-amz-tags").header("since", "If-Modified-Since")
                    .query("until", "until").query("count", "count"));
    private static final Operation<Input> REMOVE = Operation.of("Remove", Input.class, (caller, input) -> null)
            .at(HttpBinding.delete("/things/{name}").status(204));
    private static final RestJsonProtocol CODEC = new RestJsonProtocol(ServiceDefinition.builder("things")
            .wireNames(WireNames.lowerCamel().timestamps(TimestampFormat.ISO_8601))
            .operations(FIND, REMOVE).build());

    /** A request with headers, query parameters and labels, as the server hands them to a codec. */
    private record Request(byte[] body, Map<String, String> headers, Map<String, List<String>> query,
                           Map<String, String> labels) implements IncomingRequest {
        @Override
        public Map<String, String> form() {
            return Map.of();
        }

        @Override
        public String header(String name) {
            return headers.get(name);
        }

        @Override
        public List<String> queryValues(String name) {
            return query.getOrDefault(name, List.of());
        }
    }

    @Test
    void boundMembersComeFromLabelsHeadersAndTheQueryStringInTheirOwnFormats() {
        byte[] body = "{\"at\":\"2026-01-02T03:04:05.678Z\",\"name\":\"ignored\"}".getBytes(StandardCharsets.UTF_8);
        Request request = new Request(body,
                Map.of("x-amz-tags", "red, blue", "If-Modified-Since", "Fri, 02 Jan 2026 03:04:05 GMT"),
                Map.of("until", List.of("2026-02-01T00:00:00Z"), "count", List.of("3")), Map.of("name", "a/b"));

        Input input = CODEC.decode(FIND, request);

        assertThat(input).isEqualTo(new Input("a/b", List.of("red", "blue"), Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-01-02T03:04:05.678Z"), 3));
    }

    @Test
    void aTimestampOrNumberThatDoesNotParseIsASerializationError() {
        Request badDate = new Request(new byte[0], Map.of("If-Modified-Since", "yesterday"), Map.of(),
                Map.of("name", "n"));
        Request badCount = new Request(new byte[0], Map.of(), Map.of("count", List.of("three")), Map.of("name", "n"));

        assertThatThrownBy(() -> CODEC.decode(FIND, badDate)).hasMessage(
                "Value yesterday for since is not a timestamp in HTTP_DATE format.");
        assertThatThrownBy(() -> CODEC.decode(FIND, badCount))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(CommonError.SERIALIZATION));
    }

    @Test
    void bodyTimestampsAreWrittenInTheModelsFormat() {
        EncodedResponse response = CODEC.encode(FIND, new Input("n", null, null, null,
                Instant.parse("2026-01-02T03:04:05.678Z"), null), "id");

        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"n\",\"at\":\"2026-01-02T03:04:05.678Z\"}");
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.headers()).containsEntry("x-amzn-RequestId", "id");
    }

    @Test
    void aNoContentAnswerHasNoBodyAndNoContentType() {
        EncodedResponse response = CODEC.encode(REMOVE, null, "id");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.contentType()).isNull();
    }

    @Test
    void anErrorNamesItsCodeInTheHeaderAndItsMembersBesideTheMessage() {
        EncodedResponse response = CODEC.encodeError(CommonError.INVALID_REQUEST.exception("Bad name.",
                new Issue("name")), "id");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "InvalidRequest");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"invalidParameter\":\"name\",\"message\":\"Bad name.\"}");
    }
}
