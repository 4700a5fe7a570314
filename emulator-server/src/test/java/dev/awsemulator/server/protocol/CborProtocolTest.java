package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.testsupport.BareRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The CBOR and JSON 1.1 forms of one record, as the Java SDK writes and reads them (PROTOCOL.md §1.5). */
class CborProtocolTest {

    record PutInput(String streamName, byte[] data, Instant at, Integer limit) {
    }

    private static final Operation<PutInput> PUT = Operation.of("Put", PutInput.class, (caller, input) -> null);
    private static final ServiceDefinition SERVICE = ServiceDefinition.builder("kinesis")
            .json(JsonFacts.of("Test_1", "1.1").withCbor()).operations(PUT).build();
    private static final AwsJsonProtocol CBOR = AwsJsonProtocol.cbor(SERVICE);
    private static final AwsJsonProtocol JSON = AwsJsonProtocol.json(SERVICE);

    @Test
    void readsTheSdksCborWithTaggedMillisAndByteStrings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CBORGenerator generator = new CBORFactory().createGenerator(bytes)) {
            generator.writeStartObject();
            generator.writeStringField("StreamName", "clicks");
            generator.writeFieldName("Data");
            generator.writeBinary("hello".getBytes(StandardCharsets.UTF_8));
            generator.writeFieldName("At");
            generator.writeTag(1);
            generator.writeNumber(1_700_000_000_123L);
            generator.writeNumberField("Limit", 25);
            generator.writeEndObject();
        }

        PutInput input = CBOR.decode(PUT, new BareRequest(bytes.toByteArray()));

        assertThat(input.streamName()).isEqualTo("clicks");
        assertThat(new String(input.data(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(input.at()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(input.limit()).isEqualTo(25);
    }

    @Test
    void writesTimestampsAsTagOneMillisAndBlobsAsByteStrings() {
        byte[] body = CBOR.encode(PUT, new PutInput("s", new byte[] {1, 2}, Instant.ofEpochMilli(1_700_000_000_123L),
                null), "id").body();

        String hex = HexFormat.of().formatHex(body);
        assertThat(hex).contains("c11b0000018bcfe5687b");
        assertThat(hex).contains("42" + "0102");
    }

    @Test
    void jsonCarriesSecondsAsAPlainDecimalAndBase64() throws IOException {
        byte[] body = JSON.encode(PUT, new PutInput("s", new byte[] {1, 2}, Instant.ofEpochMilli(1_700_000_000_123L),
                3), "id").body();

        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo("{\"StreamName\":\"s\",\"Data\":\"AQI=\",\"At\":1700000000.123,\"Limit\":3}");
        PutInput back = JSON.decode(PUT, new BareRequest(body));
        assertThat(back.at()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
    }

    @Test
    void errorsAreAnsweredInCborWithTheTypeAlsoInTheHeader() throws IOException {
        var response = CBOR.encodeError(CommonError.SERIALIZATION.exception("bad"), "id");

        assertThat(response.contentType()).isEqualTo("application/x-amz-cbor-1.1");
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "SerializationException");
        JsonNode body = new ObjectMapper(new CBORFactory()).readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo("SerializationException");
        assertThat(body.get("message").asText()).isEqualTo("bad");
    }
}
