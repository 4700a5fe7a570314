package dev.awsemulator.core.common;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A text whose length is fixed now and whose content is finished on first use. It starts as a
 * draft, which has the final text's UTF-8 length and passes the same validation, and is finished
 * once, by whichever thread asks first; the draft is dropped then. An SNS envelope delivered to a
 * queue is one: its RSA signature, the costliest step of a publish, is made when the message is
 * first read, so a message nobody reads is never signed.
 */
public final class DeferredText {

    private String draft;
    private UnaryOperator<String> finisher;
    private final int utf8Length;
    private volatile byte[] utf8;

    private DeferredText(String draft, UnaryOperator<String> finisher, int utf8Length) {
        this.draft = draft;
        this.finisher = finisher;
        this.utf8Length = utf8Length;
    }

    /** A text that is final already. */
    public static DeferredText of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        DeferredText finished = new DeferredText(text, null, bytes.length);
        finished.utf8 = bytes;
        return finished;
    }

    /**
     * A text finished later as {@code finisher.apply(draft)}, which must keep the draft's UTF-8
     * length: the size a queue checks and charges is taken from the draft.
     */
    public static DeferredText finishedLater(String draft, UnaryOperator<String> finisher) {
        return new DeferredText(draft, finisher, Math.toIntExact(Utf8.length(draft)));
    }

    /** The text as it will be, but for the part that is finished later; for validation and size. */
    public synchronized String draft() {
        return draft != null ? draft : text();
    }

    /** The final text, finishing it first if nobody has yet. */
    public String text() {
        return new String(utf8(), StandardCharsets.UTF_8);
    }

    public boolean finished() {
        return utf8 != null;
    }

    public int utf8Length() {
        return utf8Length;
    }

    /** The final text in UTF-8, finishing it first if nobody has yet. Callers must not change the array. */
    public byte[] utf8() {
        byte[] finished = utf8;
        return finished != null ? finished : finish();
    }

    private synchronized byte[] finish() {
        if (utf8 == null) {
            byte[] finished = finisher.apply(draft).getBytes(StandardCharsets.UTF_8);
            if (finished.length != utf8Length) {
                throw new IllegalStateException("a deferred text changed its length: " + utf8Length + " bytes became "
                        + finished.length);
            }
            utf8 = finished;
            // Nothing reads the draft of a finished text: it would only hold memory.
            draft = null;
            finisher = null;
        }
        return utf8;
    }
}
