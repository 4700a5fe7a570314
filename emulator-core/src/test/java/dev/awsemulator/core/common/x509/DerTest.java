package dev.awsemulator.core.common.x509;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Encodings checked against hand-worked X.690 examples, so a certificate bug is not hidden by the JDK's parser. */
class DerTest {

    @Test
    void objectIdentifierFoldsTheFirstTwoArcsAndWritesLargeArcsInBase128() {
        assertThat(hex(Der.oid("1.2.840.113549.1.1.11"))).isEqualTo("06092a864886f70d01010b");
        assertThat(hex(Der.oid("2.5.4.3"))).isEqualTo("0603550403");
    }

    @Test
    void integerIsMinimalTwosComplementWithASignByteWhenTheHighBitIsSet() {
        assertThat(hex(Der.integer(BigInteger.TWO))).isEqualTo("020102");
        assertThat(hex(Der.integer(BigInteger.valueOf(128)))).isEqualTo("02020080");
        assertThat(hex(Der.integer(BigInteger.ZERO))).isEqualTo("020100");
    }

    @Test
    void lengthUsesTheShortFormBelow128AndTheLongFormFromThere() {
        assertThat(hex(Der.octetString(new byte[127]))).startsWith("047f00");
        assertThat(hex(Der.octetString(new byte[128]))).startsWith("04818000");
        assertThat(hex(Der.octetString(new byte[300]))).startsWith("0482012c00");
        assertThat(hex(Der.octetString(new byte[65536]))).startsWith("0483010000");
    }

    @Test
    void timeIsUtcTimeUntil2049AndGeneralizedTimeFrom2050() {
        assertThat(Der.time(Instant.parse("2049-12-31T23:59:59.999Z")))
                .isEqualTo(tagged(0x17, "491231235959Z"));
        assertThat(Der.time(Instant.parse("2050-01-01T00:00:00Z")))
                .isEqualTo(tagged(0x18, "20500101000000Z"));
    }

    @Test
    void bitStringStartsWithZeroUnusedBits() {
        assertThat(hex(Der.bitString(new byte[] {(byte) 0xAB}))).isEqualTo("030200ab");
    }

    @Test
    void constructedTypesWrapTheirEncodedElements() {
        assertThat(hex(Der.sequence(Der.nul(), Der.nul()))).isEqualTo("300405000500");
        assertThat(hex(Der.set(Der.nul()))).isEqualTo("31020500");
        assertThat(hex(Der.explicit(3, Der.sequence()))).isEqualTo("a3023000");
        assertThat(hex(Der.utf8String("é"))).isEqualTo("0c02c3a9");
    }

    @Test
    void implicitTagsReplaceTheUniversalTagOfAPrimitive() {
        assertThat(hex(Der.implicit(2, "ab".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("82026162");
        assertThat(hex(Der.implicit(7, new byte[] {127, 0, 0, 1}))).isEqualTo("87047f000001");
    }

    private static byte[] tagged(int tag, String ascii) {
        byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] tlv = Arrays.copyOf(new byte[] {(byte) tag, (byte) text.length}, text.length + 2);
        System.arraycopy(text, 0, tlv, 2, text.length);
        return tlv;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
