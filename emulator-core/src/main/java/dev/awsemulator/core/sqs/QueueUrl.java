package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** Queue URLs, {@code <endpoint>/<account-id>/<queue-name>}: made and read here only. */
public final class QueueUrl {

    private static final int ACCOUNT_ID_LENGTH = 12;

    private QueueUrl() {
    }

    /** The URL of queue {@code queueName} of account {@code accountId}, on {@code endpoint}. */
    public static String of(URI endpoint, String accountId, String queueName) {
        String base = endpoint.toString();
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == '/') {
            end--;
        }
        return base.substring(0, end) + "/" + accountId + "/" + queueName;
    }

    /**
     * The queue a URL names, in the caller's partition and region. Accepts any URL whose last two path
     * segments are the account and the queue name, whatever its host or prefix: clients send URLs of
     * every style back to us. Null if it has no such segments. Runs for every message operation, so it
     * reads the path in place, without regular expressions.
     */
    static QueueRef parse(Caller caller, String queueUrl) {
        String path;
        try {
            path = URI.create(queueUrl.trim()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int nameStart = path.lastIndexOf('/', end - 1) + 1;
        if (nameStart == 0 || nameStart == end) {
            return null;
        }
        int accountStart = path.lastIndexOf('/', nameStart - 2) + 1;
        String account = path.substring(accountStart, nameStart - 1);
        if (!isAccountId(account)) {
            return null;
        }
        return new QueueRef(caller.partition(), caller.region(), account, path.substring(nameStart, end));
    }

    private static boolean isAccountId(String text) {
        if (text.length() != ACCOUNT_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ACCOUNT_ID_LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
