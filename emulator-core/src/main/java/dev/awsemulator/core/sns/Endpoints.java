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
            case "sms" -> require(PHONE.matcher(endpoint).matches(), "SMS endpoint");
            case "sqs" -> {
                Arn queue = Arn.parse(endpoint, "sqs");
                require(queue != null, "SQS endpoint ARN");
                boolean fifoQueue = queue.resource().endsWith(".fifo");
                if (fifoTopic && !fifoQueue) {
                    throw SnsError.invalidParameter("Invalid parameter: Endpoint Reason: FIFO SNS Topics currently "
                            + "only support Amazon SQS FIFO queues as endpoints");
                }
                if (!fifoTopic && fifoQueue) {
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
            default -> throw SnsError.invalidParameter("Invalid protocol type: " + protocol);
        }
        return endpoint;
    }

    private static void require(boolean valid, String what) {
        if (!valid) {
            throw SnsError.invalidParameter(what);
        }
    }
}
