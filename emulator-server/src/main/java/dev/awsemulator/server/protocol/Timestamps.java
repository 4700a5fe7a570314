package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Timestamps as the AWS JSON protocols write them: JSON carries epoch seconds as a plain decimal
 * with milliseconds; CBOR carries tag 1 with epoch milliseconds as an integer, which is what the
 * Java SDKs send and read (a tag-1 double of seconds would be read as milliseconds, 1970 again).
 */
final class Timestamps {

    private static final int EPOCH_TAG = 1;

    private Timestamps() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("aws-timestamps");
        module.addSerializer(Instant.class, new Writer());
        module.addDeserializer(Instant.class, new Reader());
        return module;
    }

    private static final class Writer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            long millis = value.toEpochMilli();
            if (generator instanceof CBORGenerator cbor) {
                cbor.writeTag(EPOCH_TAG);
                cbor.writeNumber(millis);
            } else {
                generator.writeNumber(BigDecimal.valueOf(millis, 3).toPlainString());
            }
        }
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isNumeric()) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            if (parser instanceof CBORParser) {
                return Instant.ofEpochMilli(parser.getNumberValue().longValue());
            }
            BigDecimal seconds = parser.getDecimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
    }
}
