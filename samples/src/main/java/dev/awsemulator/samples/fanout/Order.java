package dev.awsemulator.samples.fanout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An {@code OrderPlaced} event. Its JSON body carries the shipments as a list of objects so that
 * the EU shipping subscription can filter on a field nested in a list ({@code shipments[].country}).
 *
 * @param amount whole euros, published as a Number message attribute for the fraud filter
 */
public record Order(String orderId, String customerId, long amount, List<String> shipTo) {

    private static final Pattern COUNTRY = Pattern.compile("\"country\"\\s*:\\s*\"([A-Z]{2})\"");

    public Order {
        shipTo = List.copyOf(shipTo);
    }

    public static Order of(String orderId, String customerId, long amount, String... shipTo) {
        return new Order(orderId, customerId, amount, List.of(shipTo));
    }

    public String toJson() {
        String shipments = shipTo.stream().map(country -> "{\"country\":" + Json.quote(country) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"orderId\":" + Json.quote(orderId) + ",\"customerId\":" + Json.quote(customerId)
                + ",\"amount\":" + amount + ",\"shipments\":" + shipments + "}";
    }

    public static Order fromJson(String json) {
        Matcher countries = COUNTRY.matcher(json);
        List<String> shipTo = countries.results().map(match -> match.group(1)).toList();
        return new Order(Json.string(json, "orderId"), Json.string(json, "customerId"), Json.number(json, "amount"),
                shipTo);
    }

    /**
     * Reads an SQS message body that SNS delivered: an SNS envelope whose {@code Message} is the
     * order, or, with raw message delivery, the order itself.
     */
    public static Order fromDelivery(String body) {
        boolean envelope = body.contains("\"TopicArn\"") && !body.contains("\"orderId\"");
        return fromJson(envelope ? Json.string(body, "Message") : body);
    }
}
