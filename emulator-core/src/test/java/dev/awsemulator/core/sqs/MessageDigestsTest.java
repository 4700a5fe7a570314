package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of PROTOCOL.md §3, reproduced with the SDK's own checksum code. */
class MessageDigestsTest {

    @Test
    void bodyDigestIsLowercaseHexMd5OfUtf8() {
        assertThat(MessageDigests.ofBody("hello world")).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
    }

    @Test
    void singleStringAttributeDigestMatchesSdk() {
        assertThat(MessageDigests.ofAttributes(Map.of("attr1", MessageAttributeValue.string("value1"))))
                .isEqualTo("3bc3f392bdd1097ba0b434f65d468d2e");
    }

    @Test
    void mixedAttributesAreDigestedInNameOrderWhateverTheInsertionOrder() {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("bin", MessageAttributeValue.binary(new byte[] {1, 2, 3}));
        attributes.put("attr1", MessageAttributeValue.string("value1"));
        attributes.put("Count", MessageAttributeValue.number("42"));

        assertThat(MessageDigests.ofAttributes(attributes)).isEqualTo("33d88e8177dec640789389ea1f49a46c");
    }

    @Test
    void customDataTypeSuffixIsPartOfTheDigest() {
        String plain = MessageDigests.ofAttributes(Map.of("n", MessageAttributeValue.number("1")));
        String custom = MessageDigests.ofAttributes(Map.of("n",
                new MessageAttributeValue("Number.int", "1", null, null, null)));

        assertThat(custom).isNotEqualTo(plain).matches("[0-9a-f]{32}");
    }

    @Test
    void listValuesAreDigestedWithTheirOwnTransportByte() {
        String list = MessageDigests.ofAttributes(Map.of("l",
                new MessageAttributeValue("String", null, null, List.of("a"), null)));
        String single = MessageDigests.ofAttributes(Map.of("l", MessageAttributeValue.string("a")));

        assertThat(list).isNotEqualTo(single).matches("[0-9a-f]{32}");
    }

    @Test
    void noAttributesMeansNoDigest() {
        assertThat(MessageDigests.ofAttributes(Map.of())).isNull();
        assertThat(MessageDigests.ofAttributes(null)).isNull();
    }
}
