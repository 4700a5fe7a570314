package dev.awsemulator.server.protocol;

import java.util.List;
import java.util.Map;

/** What a codec reads of a request, whatever carries it. */
public interface IncomingRequest {

    /** The raw body. */
    byte[] body();

    /** The Query parameters: the query string's and, for a form post, the body's; empty for JSON requests. */
    Map<String, String> form();

    /** The first value of a header, or null. */
    String header(String name);

    /** Every value of a query-string parameter, in order; empty when absent. */
    List<String> queryValues(String name);

    /** The decoded path labels of the operation's URI template; empty when it has none. */
    Map<String, String> labels();
}
