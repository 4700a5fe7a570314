package dev.awsemulator.server.recordings;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Keeps the last response a client received, headers and body, and hands the SDK an identical body. */
final class RawResponseCapture implements ExecutionInterceptor {

    private volatile RawResponse last = RawResponse.NONE;

    RawResponse last() {
        return last;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes executionAttributes) {
        Optional<InputStream> body = context.responseBody();
        try {
            byte[] bytes = body.isPresent() ? body.get().readAllBytes() : new byte[0];
            last = new RawResponse(context.httpResponse().headers(), bytes);
            return body.map(unused -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
