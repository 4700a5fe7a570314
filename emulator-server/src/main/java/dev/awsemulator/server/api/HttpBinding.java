package dev.awsemulator.server.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a REST operation's members travel, as its model's {@code http} trait and member
 * {@code location}s say: the method and URI template, the status of a success, and which record
 * components are bound to path labels, query parameters, headers or the whole payload; the other
 * members are the JSON body. The records stay free of wire annotations: the binding names their
 * components, and {@link #check} refuses a name the record does not have.
 *
 * <pre>{@code
 * HttpBinding.get("/v1/clusters").query("maxResults", "maxResults").query("nextToken", "nextToken")
 * HttpBinding.post("/2015-03-31/functions/{FunctionName}/invocations").label("FunctionName", "functionName")
 *         .header("invocationType", "X-Amz-Invocation-Type").payload("payload")
 *         .output(InvokeResult.class).responseStatus("statusCode").responsePayload("payload")
 * }</pre>
 *
 * Declared once, while the operation table is built, and only read afterwards.
 */
public final class HttpBinding {

    private final String method;
    private final UriTemplate uri;
    private int status = 200;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String payload;
    private Class<? extends Record> output;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private String responsePayload;
    private String responseStatus;

    private HttpBinding(String method, String uri) {
        this.method = method;
        this.uri = UriTemplate.of(uri);
        this.uri.labels().forEach(label -> labels.put(label, label));
    }

    public static HttpBinding get(String uri) {
        return new HttpBinding("GET", uri);
    }

    public static HttpBinding post(String uri) {
        return new HttpBinding("POST", uri);
    }

    public static HttpBinding put(String uri) {
        return new HttpBinding("PUT", uri);
    }

    public static HttpBinding patch(String uri) {
        return new HttpBinding("PATCH", uri);
    }

    public static HttpBinding delete(String uri) {
        return new HttpBinding("DELETE", uri);
    }

    public static HttpBinding head(String uri) {
        return new HttpBinding("HEAD", uri);
    }

    /** The status of a success, where the model's {@code http.responseCode} is not 200. */
    public HttpBinding status(int status) {
        this.status = status;
        return this;
    }

    /** Binds the template's {@code label} to {@code component}; by default a label binds the component of its name. */
    public HttpBinding label(String label, String component) {
        if (!labels.containsKey(label)) {
            throw new IllegalArgumentException(uri + " has no label " + label);
        }
        labels.put(label, component);
        return this;
    }

    /** Binds {@code component} to the query parameter {@code name}; a list repeats the parameter. */
    public HttpBinding query(String component, String name) {
        query.put(component, name);
        return this;
    }

    /** Binds {@code component} to the request header {@code name}. */
    public HttpBinding header(String component, String name) {
        headers.put(component, name);
        return this;
    }

    /** The whole request body is {@code component}: bytes, text or a structure. */
    public HttpBinding payload(String component) {
        this.payload = component;
        return this;
    }

    /** The output record, needed to bind its members to the response's headers, payload or status. */
    public HttpBinding output(Class<? extends Record> output) {
        this.output = output;
        return this;
    }

    public HttpBinding responseHeader(String component, String name) {
        responseHeaders.put(component, name);
        return this;
    }

    public HttpBinding responsePayload(String component) {
        this.responsePayload = component;
        return this;
    }

    /** The output's {@code component} is the response's status code (Lambda's {@code StatusCode}). */
    public HttpBinding responseStatus(String component) {
        this.responseStatus = component;
        return this;
    }

    public String method() {
        return method;
    }

    public UriTemplate uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    /** Label name to component. */
    public Map<String, String> labels() {
        return Collections.unmodifiableMap(labels);
    }

    /** Component to query parameter name. */
    public Map<String, String> query() {
        return Collections.unmodifiableMap(query);
    }

    /** Component to header name. */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The component that is the whole request body, or null when the body is a JSON object of the members. */
    public String payload() {
        return payload;
    }

    /** The output record, or null when no output member is bound outside the body. */
    public Class<? extends Record> output() {
        return output;
    }

    public Map<String, String> responseHeaders() {
        return Collections.unmodifiableMap(responseHeaders);
    }

    public String responsePayload() {
        return responsePayload;
    }

    public String responseStatus() {
        return responseStatus;
    }

    /** Whether any output member leaves the JSON body for a header, the payload or the status. */
    public boolean bindsOutput() {
        return !responseHeaders.isEmpty() || responsePayload != null || responseStatus != null;
    }

    /**
     * Checks every bound name against the records' components.
     *
     * @throws IllegalArgumentException naming the operation and the first name that is not a component
     */
    void check(String operation, Class<?> input) {
        labels.values().forEach(component -> require(operation, input, component));
        query.keySet().forEach(component -> require(operation, input, component));
        headers.keySet().forEach(component -> require(operation, input, component));
        if (payload != null) {
            require(operation, input, payload);
        }
        if (bindsOutput() && output == null) {
            throw new IllegalArgumentException(operation + " binds output members but declares no output record");
        }
        responseHeaders.keySet().forEach(component -> require(operation, output, component));
        if (responsePayload != null) {
            require(operation, output, responsePayload);
        }
        if (responseStatus != null) {
            require(operation, output, responseStatus);
        }
    }

    private static void require(String operation, Class<?> record, String component) {
        if (!WireNames.hasComponent(record, component)) {
            throw new IllegalArgumentException(operation + " binds " + component + ", but "
                    + record.getSimpleName() + " has no such component");
        }
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
