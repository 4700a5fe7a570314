package dev.awsemulator.server.restjson;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small MediaStore-data-like service (the {@code mediastore-data} model's object routes): a greedy
 * path label, a blob payload with headers, HTTP-date timestamps in headers and epoch seconds in the
 * body, HEAD, and a status from an output member (206 for a range).
 */
public final class FakeMediaStore {

    static final Instant STORED = Instant.parse("2026-01-02T03:04:05Z");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    public record PutObjectRequest(String path, String contentType, String cacheControl, String storageClass, byte[] body) {
    }

    public record PutObjectResult(String contentSHA256, String eTag, String storageClass) {
    }

    public record GetObjectRequest(String path, String range) {
    }

    public record GetObjectResult(String cacheControl, String contentRange, Long contentLength, String contentType,
                           String eTag, Instant lastModified, Integer statusCode, byte[] body) {
    }

    public record PathRequest(String path) {
    }

    public record DescribeObjectResult(String eTag, String contentType, Long contentLength, String cacheControl,
                                Instant lastModified) {
    }

    public record ListItemsRequest(String path, Integer maxResults, String nextToken) {
    }

    public record Item(String name, String type, String eTag, Instant lastModified, String contentType, Long contentLength) {
    }

    public record ListItemsResult(List<Item> items, String nextToken) {
    }

    private record StoredObject(byte[] body, String contentType, String cacheControl, String eTag) {
    }

    private final Map<String, StoredObject> objects = new ConcurrentSkipListMap<>();

    static ServiceDefinition definition() {
        FakeMediaStore store = new FakeMediaStore();
        return ServiceDefinition.builder("mediastore")
                .operations(
                        Operation.of("PutObject", PutObjectRequest.class, store::putObject)
                                .at(HttpBinding.put("/{Path+}").label("Path", "path")
                                        .header("contentType", "Content-Type").header("cacheControl", "Cache-Control")
                                        .header("storageClass", "x-amz-storage-class").payload("body")),
                        Operation.of("GetObject", GetObjectRequest.class, store::getObject)
                                .at(HttpBinding.get("/{Path+}").label("Path", "path").header("range", "Range")
                                        .output(GetObjectResult.class).responseStatus("statusCode")
                                        .responseHeader("cacheControl", "Cache-Control")
                                        .responseHeader("contentRange", "Content-Range")
                                        .responseHeader("contentLength", "Content-Length")
                                        .responseHeader("contentType", "Content-Type")
                                        .responseHeader("eTag", "ETag")
                                        .responseHeader("lastModified", "Last-Modified")
                                        .responsePayload("body")),
                        Operation.of("DescribeObject", PathRequest.class, store::describeObject)
                                .at(HttpBinding.head("/{Path+}").label("Path", "path")
                                        .output(DescribeObjectResult.class)
                                        .responseHeader("eTag", "ETag")
                                        .responseHeader("contentType", "Content-Type")
                                        .responseHeader("contentLength", "Content-Length")
                                        .responseHeader("cacheControl", "Cache-Control")
                                        .responseHeader("lastModified", "Last-Modified")),
                        Operation.empty("DeleteObject", PathRequest.class, store::deleteObject)
                                .at(HttpBinding.delete("/{Path+}").label("Path", "path")),
                        Operation.of("ListItems", ListItemsRequest.class, store::listItems)
                                .at(HttpBinding.get("/").query("path", "Path").query("maxResults", "MaxResults")
                                        .query("nextToken", "NextToken")))
                .build();
    }

    private PutObjectResult putObject(Caller caller, PutObjectRequest request) {
        byte[] body = request.body() == null ? new byte[0] : request.body();
        String sha256 = sha256(body);
        objects.put(request.path(), new StoredObject(body, request.contentType(), request.cacheControl(),
                "\"" + sha256.substring(0, 16) + "\""));
        return new PutObjectResult(sha256, "\"" + sha256.substring(0, 16) + "\"",
                request.storageClass() == null ? "TEMPORAL" : request.storageClass());
    }

    private GetObjectResult getObject(Caller caller, GetObjectRequest request) {
        StoredObject object = object(request.path());
        Matcher range = request.range() == null ? null : RANGE.matcher(request.range());
        if (range == null || !range.matches()) {
            return new GetObjectResult(object.cacheControl(), null, (long) object.body().length, object.contentType(),
                    object.eTag(), STORED, 200, object.body());
        }
        int from = Integer.parseInt(range.group(1));
        int to = Math.min(object.body().length - 1, Integer.parseInt(range.group(2)));
        byte[] part = Arrays.copyOfRange(object.body(), from, to + 1);
        return new GetObjectResult(object.cacheControl(), "bytes " + from + "-" + to + "/" + object.body().length,
                (long) part.length, object.contentType(), object.eTag(), STORED, 206, part);
    }

    private DescribeObjectResult describeObject(Caller caller, PathRequest request) {
        StoredObject object = object(request.path());
        return new DescribeObjectResult(object.eTag(), object.contentType(), (long) object.body().length,
                object.cacheControl(), STORED);
    }

    private void deleteObject(Caller caller, PathRequest request) {
        object(request.path());
        objects.remove(request.path());
    }

    private ListItemsResult listItems(Caller caller, ListItemsRequest request) {
        String prefix = request.path() == null ? "" : request.path();
        List<Item> items = objects.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .map(entry -> new Item(entry.getKey(), "OBJECT", entry.getValue().eTag(), STORED.plusMillis(678),
                        entry.getValue().contentType(), (long) entry.getValue().body().length))
                .toList();
        return new ListItemsResult(items, null);
    }

    private StoredObject object(String path) {
        StoredObject object = objects.get(path);
        if (object == null) {
            throw FakeError.OBJECT_NOT_FOUND.exception("Object " + path + " does not exist.");
        }
        return object;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
