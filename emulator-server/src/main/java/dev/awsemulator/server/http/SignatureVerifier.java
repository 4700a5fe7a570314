package dev.awsemulator.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks AWS Signature Version 4 of the Authorization header against configured credentials, as
 * AWS does: the canonical request (method, path, sorted query, signed headers, payload hash), the
 * string to sign over the credential scope, the HMAC chain from the secret. Requests more than 15
 * minutes off the wall clock are refused like AWS refuses them. Signatures always use wall time,
 * even when the emulator runs on virtual time, because that is what clients sign with.
 */
public final class SignatureVerifier {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern AUTHORIZATION = Pattern.compile(ALGORITHM
            + "\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request,\\s*"
            + "SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-f]{64})\\s*");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private final Map<String, String> secrets;
    private final Clock clock;

    /** @param secrets the secret access key of each access key id that may call */
    public SignatureVerifier(Map<String, String> secrets, Clock clock) {
        this.secrets = Map.copyOf(secrets);
        this.clock = clock;
    }

    /**
     * Throws the AWS error for a request that is not signed by a known key.
     *
     * @param json whether the service answers with JSON error names (Kinesis) rather than Query's
     */
    void verify(HttpServerExchange exchange, byte[] body, boolean json) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization == null) {
            throw AuthError.missing(json).exception("Request is missing Authentication Token");
        }
        Matcher signature = AUTHORIZATION.matcher(authorization);
        if (!signature.matches()) {
            throw AuthError.incomplete(json).exception("Authorization header requires 'Credential', 'Signature' and "
                    + "'SignedHeaders' parameters of " + ALGORITHM + ". Authorization=" + authorization);
        }
        String secret = secrets.get(signature.group(1));
        if (secret == null) {
            throw AuthError.unknownKey(json).exception("The security token included in the request is invalid.");
        }
        String amzDate = header(exchange, "x-amz-date");
        Instant signedAt = signedAt(amzDate, json);
        checkSkew(amzDate, signedAt, json);
        String scope = signature.group(2) + "/" + signature.group(3) + "/" + signature.group(4) + "/aws4_request";
        if (!amzDate.startsWith(signature.group(2))) {
            throw AuthError.badSignature(json).exception("Date in Credential scope does not match YYYYMMDD from "
                    + "ISO-8601 version of date from HTTP: '" + signature.group(2) + "' != '" + amzDate.substring(0, 8)
                    + "', from '" + amzDate + "'.");
        }
        String canonical = canonicalRequest(exchange, body, signature.group(5).split(";"), json);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), signature.group(2));
        key = hmac(key, signature.group(3));
        key = hmac(key, signature.group(4));
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.group(6).getBytes(StandardCharsets.US_ASCII))) {
            throw AuthError.badSignature(json).exception("The request signature we calculated does not match the "
                    + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the "
                    + "service documentation for details.");
        }
    }

    private static Instant signedAt(String amzDate, boolean json) {
        if (amzDate == null) {
            throw AuthError.incomplete(json).exception("Authorization header requires existence of either a "
                    + "'X-Amz-Date' or a 'Date' header.");
        }
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw AuthError.incomplete(json).exception("Date must be in ISO-8601 'basic format'. Got '" + amzDate
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private void checkSkew(String amzDate, Instant signedAt, boolean json) {
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(SKEW))) {
            throw AuthError.badSignature(json).exception("Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(SKEW))) {
            throw AuthError.badSignature(json).exception("Signature not yet current: " + amzDate
                    + " is still later than " + AMZ_DATE.format(now.plus(SKEW)) + " (" + AMZ_DATE.format(now)
                    + " + 15 min.)");
        }
    }

    private static String canonicalRequest(HttpServerExchange exchange, byte[] body, String[] signedHeaders,
                                           boolean json) {
        StringBuilder canonical = new StringBuilder()
                .append(exchange.getRequestMethod().toString()).append('\n')
                .append(canonicalPath(exchange.getRequestURI())).append('\n')
                .append(canonicalQuery(exchange.getQueryString())).append('\n');
        for (String name : signedHeaders) {
            canonical.append(name).append(':').append(headerValue(exchange, name)).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n')
                .append(payloadHash(exchange, body, json));
        return canonical.toString();
    }

    /** The hash the client declared, which must be the body's unless it chose not to sign the payload. */
    private static String payloadHash(HttpServerExchange exchange, byte[] body, boolean json) {
        String actual = hex(sha256(body));
        String declared = header(exchange, "x-amz-content-sha256");
        if (declared == null || declared.equals(UNSIGNED_PAYLOAD)) {
            return declared == null ? actual : declared;
        }
        if (!declared.equals(actual)) {
            throw AuthError.badSignature(json).exception("The provided 'x-amz-content-sha256' header does not match "
                    + "what was computed.");
        }
        return declared;
    }

    /** The path as sent, each segment URI-encoded once more, as every service but S3 signs it. */
    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return List.of(rawPath.split("/", -1)).stream().map(SignatureVerifier::uriEncode)
                .collect(Collectors.joining("/"));
    }

    private static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            pairs.add(uriEncode(name) + "=" + uriEncode(value));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String headerValue(HttpServerExchange exchange, String name) {
        HeaderValues values = exchange.getRequestHeaders().get(name);
        if (values == null && name.equals("host")) {
            return exchange.getHostAndPort();
        }
        if (values == null) {
            return "";
        }
        return values.stream().map(value -> value.trim().replaceAll("\\s+", " ")).collect(Collectors.joining(","));
    }

    private static String header(HttpServerExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters. */
    private static String uriEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides HmacSHA256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
