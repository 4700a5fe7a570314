package dev.awsemulator.server.sns;

import dev.awsemulator.core.common.DeferredText;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that is finished (an SNS envelope signed) when the JDK's HTTP client subscribes to it, which
 * it does on its own threads once the connection is open: the RSA signature stays off the thread that
 * published. Its length is the text's, known before it is finished.
 */
final class DeferredTextPublisher implements HttpRequest.BodyPublisher {

    private final DeferredText text;

    DeferredTextPublisher(DeferredText text) {
        this.text = text;
    }

    @Override
    public long contentLength() {
        return text.utf8Length();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        HttpRequest.BodyPublishers.ofByteArray(text.utf8()).subscribe(subscriber);
    }
}
