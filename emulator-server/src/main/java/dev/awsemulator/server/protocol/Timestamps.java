package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as the AWS protocols write them. JSON bodies carry epoch seconds as a plain decimal
 * with milliseconds, unless the model gives a member another format (MSK's and MQ's ISO-8601
 * strings); CBOR carries tag 1 with epoch milliseconds as an integer, which is what the Java SDKs
 * send and read (a tag-1 double of seconds would be read as milliseconds, 1970 again). Headers use
 * the HTTP date and query strings ISO-8601 ({@link #text}, {@link #parse}).
 */
final class Timestamps {

    private static final int EPOCH_TAG = 1;

    private Timestamps() {
    }

    static SimpleModule module(WireNames names) {
        SimpleModule module = new SimpleModule("aws-timestamps");
        module.addSerializer(Instant.class, new Writer(names, TimestampFormat.EPOCH_SECONDS));
        module.addDeserializer(Instant.class, new Reader(names, TimestampFormat.EPOCH_SECONDS));
        return module;
    }

    /** {@code value} as text in {@code format}. */
    static String text(Instant value, TimestampFormat format) {
        return switch (format) {
            case EPOCH_SECONDS -> BigDecimal.valueOf(value.toEpochMilli(), 3).toPlainString();
            case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(value);
            case HTTP_DATE -> DateTimeFormatter.RFC_1123_DATE_TIME.format(value.atOffset(ZoneOffset.UTC));
        };
    }

    /**
     * Text in {@code format} as the node a body in {@code bodyFormat} would hold, so that a value
     * bound to a header or the query string decodes like a body member.
     *
     * @throws DateTimeParseException or NumberFormatException when the text is not in that format
     */
    static JsonNode parse(String text, TimestampFormat format, TimestampFormat bodyFormat) {
        Instant value = instant(text, format);
        return bodyFormat == TimestampFormat.EPOCH_SECONDS ? DecimalNode.valueOf(BigDecimal.valueOf(value.toEpochMilli(), 3))
                : TextNode.valueOf(text(value, bodyFormat));
    }

    private static Instant instant(String text, TimestampFormat format) {
        return switch (format) {
            case EPOCH_SECONDS -> Instant.ofEpochMilli(new BigDecimal(text).movePointRight(3).longValue());
            case ISO_8601 -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
            case HTTP_DATE -> DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from);
        };
    }

    /** The format the service's model gives the member behind {@code property}. */
    private static TimestampFormat formatOf(WireNames names, BeanProperty property, TimestampFormat current) {
        if (property == null || property.getMember() == null) {
            return current;
        }
        AnnotatedMember member = property.getMember();
        Class<?> record = member.getDeclaringClass();
        String component = member.getName();
        if (member instanceof AnnotatedParameter parameter && record.isRecord()) {
            component = record.getRecordComponents()[parameter.getIndex()].getName();
        }
        return names.timestampFormat(record, component);
    }

    private static final class Writer extends JsonSerializer<Instant> implements ContextualSerializer {
        private final WireNames names;
        private final TimestampFormat format;

        Writer(WireNames names, TimestampFormat format) {
            this.names = names;
            this.format = format;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            TimestampFormat memberFormat = formatOf(names, property, format);
            return memberFormat == format ? this : new Writer(names, memberFormat);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            if (generator instanceof CBORGenerator cbor) {
                cbor.writeTag(EPOCH_TAG);
                cbor.writeNumber(value.toEpochMilli());
            } else if (format == TimestampFormat.EPOCH_SECONDS) {
                generator.writeNumber(text(value, format));
            } else {
                generator.writeString(text(value, format));
            }
        }
    }

    private static final class Reader extends JsonDeserializer<Instant> implements ContextualDeserializer {
        private final WireNames names;
        private final TimestampFormat format;

        Reader(WireNames names, TimestampFormat format) {
            this.names = names;
            this.format = format;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            TimestampFormat memberFormat = formatOf(names, property, format);
            return memberFormat == format ? this : new Reader(names, memberFormat);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // CBOR's epoch milliseconds, read from CBOR or from a tree made of it (whose codec is CBOR's).
            if (parser.getCodec() != null && parser.getCodec().getFactory() instanceof CBORFactory
                    && parser.currentToken().isNumeric()) {
                return Instant.ofEpochMilli(parser.getNumberValue().longValue());
            }
            if (format == TimestampFormat.EPOCH_SECONDS && parser.currentToken().isNumeric()) {
                BigDecimal seconds = parser.getDecimalValue();
                return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
            }
            if (format != TimestampFormat.EPOCH_SECONDS && parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return instant(parser.getText(), format);
                } catch (DateTimeParseException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(),
                            "not a timestamp in " + format + " format");
                }
            }
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
    }
}
