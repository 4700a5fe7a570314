package dev.awsemulator.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Gives every response the {@code Date} header the SDKs read to correct their clock skew, in HTTP's one
 * form (IMF-fixdate, RFC 9110 §5.6.7: {@code Sun, 06 Nov 1994 08:49:37 GMT}), formatted once per second.
 * Undertow adds the header itself where a handler has not, through a {@code SimpleDateFormat} per thread and
 * a timer task that clears its cached value; the header's words are fixed English, so they are written here
 * from two tables, with nothing to set up before the first answer.
 */
public final class DateHeaderHandler implements HttpHandler {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    /** A second since the epoch and its header value. */
    private record Stamp(long epochSecond, String value) {
    }

    private final HttpHandler next;
    private volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    public DateHeaderHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.getResponseHeaders().put(Headers.DATE, now(System.currentTimeMillis()));
        next.handleRequest(exchange);
    }

    private String now(long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = last;
        if (stamp.epochSecond() != epochSecond) {
            stamp = new Stamp(epochSecond, format(epochSecond));
            last = stamp;
        }
        return stamp.value();
    }

    /** The IMF-fixdate of a second since the epoch. */
    static String format(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(29).append(DAYS[time.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, time.getDayOfMonth()).append(' ').append(MONTHS[time.getMonthValue() - 1]).append(' ')
                .append(time.getYear()).append(' ');
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute()).append(':');
        return twoDigits(text, time.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
