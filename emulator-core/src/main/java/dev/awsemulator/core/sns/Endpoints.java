package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;

import java.util.regex.Pattern;

/** What a subscription endpoint must look like for each protocol. */
final class Endpoints {

    private static final Pattern PHONE = Pattern.compile("\\+?[1-9]\\d{1,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private Endpoints() {
    }

    static String validate(String protocol, String endpoint, boolean fifoTopic) {
        if (endpoint == null || endpoint.isEmpty()) {
            throw SnsError.invalidParameter("Endpoint");
        }
        switch (protocol) {
            case "http", "https" -> {
                if (!endpoint.startsWith(protocol + "://")) {
                    throw SnsError.invalidParameter("Endpoint must match the specified protocol");
                }
            }
            case "email", "email-json" -> require(EMAIL.matcher(endpoint).matches(), "Email address");
            case "sms" -> {
                if (!PHONE.matcher(endpoint).matches()) {
                    throw SnsError.INVALID_PARAMETER.exception("Invalid SMS endpoint: " + endpoint);
                }
            }
            case "sqs" -> {
                Arn queue = Arn.parse(endpoint, "sqs");
                require(queue != null, "SQS endpoint ARN");
                // A FIFO topic delivers to standard queues too (without its ordering); the reverse is refused.
                if (!fifoTopic && queue.resource().endsWith(".fifo")) {
                    throw SnsError.invalidParameter("Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be "
                            + "subscribed to standard SNS topics");
                }
            }
            case "lambda" -> require(Arn.parse(endpoint, "lambda") != null, "Lambda endpoint ARN");
            case "firehose" -> require(Arn.parse(endpoint, "firehose") != null, "Firehose endpoint ARN");
            case "application" -> {
                Arn application = SnsResources.parse(endpoint);
                require(application != null && application.resource().startsWith("endpoint/"),
                        "Application endpoint ARN");
            }
            default -> throw SnsError.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
        }
        return endpoint;
    }

    private static void require(boolean valid, String what) {
        if (!valid) {
            throw SnsError.invalidParameter(what);
        }
    }
}
