package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** Queue URLs, {@code <endpoint>/<account-id>/<queue-name>}: made and read here only. */
public final class QueueUrl {

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
        String path = path(queueUrl);
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
        if (!Caller.isAccountId(account)) {
            return null;
        }
        return new QueueRef(caller.partition(), caller.region(), account, path.substring(nameStart, end));
    }

    /**
     * The URL's path, decoded. An http(s) URL of only letters, digits and {@code -._:/} (what the URLs we
     * hand out are made of) has its path after the authority as it stands, read without {@link URI}'s
     * parser; any other text goes through it.
     */
    private static String path(String url) {
        int authority = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
        if (authority > 0 && isPlain(url, authority)) {
            int slash = url.indexOf('/', authority);
            return slash < 0 ? "" : url.substring(slash);
        }
        try {
            return URI.create(url.trim()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPlain(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == ':' || c == '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
