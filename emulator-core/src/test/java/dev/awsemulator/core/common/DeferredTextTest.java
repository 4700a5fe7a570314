package dev.awsemulator.core.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeferredTextTest {

    @Test
    void aTextFinishedLaterIsFinishedOnceOnFirstReadAndKeepsTheDraftsLength() {
        AtomicInteger finishes = new AtomicInteger();
        DeferredText text = DeferredText.finishedLater("caf\u00e9 ????", draft -> {
            finishes.incrementAndGet();
            return draft.replace("????", "done");
        });

        assertThat(text.finished()).isFalse();
        assertThat(text.utf8Length()).isEqualTo(10);
        assertThat(text.draft()).isEqualTo("caf\u00e9 ????");
        assertThat(finishes).hasValue(0);

        assertThat(text.text()).isEqualTo("caf\u00e9 done");
        assertThat(text.utf8()).isEqualTo("caf\u00e9 done".getBytes(StandardCharsets.UTF_8));
        assertThat(text.draft()).as("a finished text's draft is the text").isEqualTo("caf\u00e9 done");
        assertThat(text.finished()).isTrue();
        assertThat(finishes).hasValue(1);
    }

    @Test
    void aFinishThatChangesTheLengthIsRefusedAndTheTextStaysUnfinished() {
        DeferredText text = DeferredText.finishedLater("short", draft -> draft + " and longer");

        assertThatThrownBy(text::utf8).isInstanceOf(IllegalStateException.class)
                .hasMessage("a deferred text changed its length: 5 bytes became 16");
        assertThat(text.finished()).isFalse();
        assertThat(text.draft()).isEqualTo("short");
    }

    @Test
    void aFinalTextIsFinishedFromTheStart() {
        DeferredText text = DeferredText.of("\u2615");

        assertThat(text.finished()).isTrue();
        assertThat(text.utf8Length()).isEqualTo(3);
        assertThat(text.draft()).isEqualTo("\u2615");
        assertThat(text.text()).isEqualTo("\u2615");
    }
}
