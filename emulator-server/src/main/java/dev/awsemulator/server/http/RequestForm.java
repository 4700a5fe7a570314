package dev.awsemulator.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The parameters of a Query-style request: from the URL and, for a form post, from the body; the body wins. */
final class RequestForm {

    private static final Logger LOG = Logger.getLogger(RequestForm.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded";

    private RequestForm() {
    }

    static Map<String, String> parameters(HttpServerExchange exchange, byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Map.Entry<String, Deque<String>> parameter : exchange.getQueryParameters().entrySet()) {
            form.put(parameter.getKey(), parameter.getValue().getFirst());
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            String text = new String(body, StandardCharsets.UTF_8);
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                try {
                    form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape is skipped like AWS skips it; the operation then reports what is missing.
                    LOG.log(Level.FINE, "skipping malformed form parameter", e);
                }
            }
        }
        return form;
    }
}
