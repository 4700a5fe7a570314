package dev.awsemulator.server.http;

import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;

import java.util.Arrays;

/**
 * Reads a whole request body without blocking. Undertow's own full-body receiver copies every byte
 * through a synchronized {@code ByteArrayOutputStream.write(int)}, costly for large bodies; its partial
 * receiver hands over whole chunks, which are copied here in bulk into one array sized by
 * Content-Length.
 */
final class RequestBody implements Receiver.PartialBytesCallback {

    private static final int INITIAL_BYTES = 8 * 1024;

    private final Receiver.FullBytesCallback whenRead;
    private byte[] body;
    private int length;

    private RequestBody(Receiver.FullBytesCallback whenRead) {
        this.whenRead = whenRead;
    }

    /** Calls {@code whenRead} with the body once it is all read, or {@code failed} when it is too large or lost. */
    static void receive(HttpServerExchange exchange, Receiver.FullBytesCallback whenRead,
                        Receiver.ErrorCallback failed) {
        exchange.getRequestReceiver().receivePartialBytes(new RequestBody(whenRead), failed);
    }

    @Override
    public void handle(HttpServerExchange exchange, byte[] chunk, boolean last) {
        if (body == null && last) {
            whenRead.handle(exchange, chunk);
            return;
        }
        append(exchange, chunk);
        if (last) {
            whenRead.handle(exchange, length == body.length ? body : Arrays.copyOf(body, length));
        }
    }

    private void append(HttpServerExchange exchange, byte[] chunk) {
        if (body == null) {
            long declared = exchange.getRequestContentLength();
            body = new byte[declared > 0 && declared <= Integer.MAX_VALUE ? (int) declared : INITIAL_BYTES];
        }
        if (length + chunk.length > body.length) {
            body = Arrays.copyOf(body, Math.max(length + chunk.length, body.length * 2));
        }
        System.arraycopy(chunk, 0, body, length, chunk.length);
        length += chunk.length;
    }
}
