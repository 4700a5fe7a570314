package dev.awsemulator.core.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Images to and from CBOR. Unknown fields are skipped, so an image written by a later version still reads. */
final class ImageCodec {

    private static final ObjectMapper CBOR = CBORMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ImageCodec() {
    }

    static byte[] encode(Object image) {
        try {
            return CBOR.writeValueAsBytes(image);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode " + image.getClass().getSimpleName(), e);
        }
    }

    static <T> T decode(byte[] bytes, Class<T> type) {
        try {
            return CBOR.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not decode a " + type.getSimpleName() + " image", e);
        }
    }
}
