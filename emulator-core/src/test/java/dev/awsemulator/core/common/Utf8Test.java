package dev.awsemulator.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "é ü", "€ 中文", "😀 emoji", "\uD83D", "\uDE00x", "a\uD83D", "\uDE00\uD83D",
            "\uD83D\uD83D\uDE00"})
    void countsWhatTheEncoderWrites(String text) {
        assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void randomTextOfEveryCharacterCountsLikeTheEncoder() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            String text = new String(chars);
            assertThat(Utf8.length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void nullIsEmpty() {
        assertThat(Utf8.length(null)).isZero();
    }
}
