package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
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
import java.util.Deque;
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
 * minutes off the wall clock are refused like AWS refuses them. A presigned request carries the
 * same facts in its query string ({@code X-Amz-Credential}, {@code X-Amz-Signature}, ...), signs every
 * query parameter but the signature, and expires {@code X-Amz-Expires} seconds after it was signed.
 * Signatures always use wall time, even when the emulator runs on virtual time, because that is what
 * clients sign with.
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
    private static final Pattern CREDENTIAL = Pattern.compile("([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final String SIGNATURE_PARAMETER = "X-Amz-Signature";
    private static final long MAX_EXPIRES_SECONDS = Duration.ofDays(7).toSeconds();

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
        if (authorization == null && exchange.getQueryParameters().containsKey("X-Amz-Algorithm")) {
            verifyPresigned(exchange, body, json);
            return;
        }
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
        String canonical = canonicalRequest(exchange, signature.group(5).split(";"),
                payloadHash(body, header(exchange, "x-amz-content-sha256"), json));
        checkSignature(secret, signature.group(2), signature.group(3), signature.group(4), amzDate, canonical,
                signature.group(6), json);
    }

    /** A presigned request (query-string authentication): the signature and its scope are in the query. */
    private void verifyPresigned(HttpServerExchange exchange, byte[] body, boolean json) {
        String credential = parameter(exchange, "X-Amz-Credential");
        String amzDate = parameter(exchange, "X-Amz-Date");
        String signedHeaders = parameter(exchange, "X-Amz-SignedHeaders");
        String provided = parameter(exchange, SIGNATURE_PARAMETER);
        if (!ALGORITHM.equals(parameter(exchange, "X-Amz-Algorithm")) || credential == null || amzDate == null
                || signedHeaders == null || provided == null) {
            throw AuthError.incomplete(json).exception("AWS query-string parameters must include 'X-Amz-Algorithm', "
                    + "'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'. Re-examine the "
                    + "query-string parameters.");
        }
        Matcher scope = CREDENTIAL.matcher(credential);
        if (!scope.matches() || !SIGNATURE.matcher(provided).matches()) {
            throw AuthError.incomplete(json).exception("X-Amz-Credential must be KEY/YYYYMMDD/REGION/SERVICE/"
                    + "aws4_request and X-Amz-Signature 64 hex digits. Re-examine the query-string parameters.");
        }
        String secret = secrets.get(scope.group(1));
        if (secret == null) {
            throw AuthError.unknownKey(json).exception("The security token included in the request is invalid.");
        }
        Instant signedAt = signedAt(amzDate, json);
        String expires = parameter(exchange, "X-Amz-Expires");
        if (expires == null) {
            checkSkew(amzDate, signedAt, json);
        } else {
            checkExpiry(amzDate, signedAt, expires, json);
        }
        // The payload is signed as for a header signature (SigV4 query-string authentication): its hash, or
        // the hash the request declares, in a header or, as S3-style presigners put it, in the query.
        String declared = header(exchange, "x-amz-content-sha256");
        String canonical = canonicalRequest(exchange, signedHeaders.split(";"), payloadHash(body,
                declared != null ? declared : parameter(exchange, "X-Amz-Content-Sha256"), json));
        checkSignature(secret, scope.group(2), scope.group(3), scope.group(4), amzDate, canonical, provided, json);
    }

    private static String parameter(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? null : values.peekFirst();
    }

    /** The signature the secret gives this canonical request over this scope must be the one provided. */
    private static void checkSignature(String secret, String date, String region, String service, String amzDate,
                                       String canonical, String provided, boolean json) {
        if (!amzDate.startsWith(date)) {
            throw AuthError.badSignature(json).exception("Date in Credential scope does not match YYYYMMDD from "
                    + "ISO-8601 version of date from HTTP: '" + date + "' != '" + amzDate.substring(0, 8)
                    + "', from '" + amzDate + "'.");
        }
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                provided.getBytes(StandardCharsets.US_ASCII))) {
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

    /** A presigned request is good from its signing (give or take the usual skew) until it expires. */
    private void checkExpiry(String amzDate, Instant signedAt, String expires, boolean json) {
        long seconds;
        try {
            seconds = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            throw AuthError.incomplete(json).exception("X-Amz-Expires must be a number of seconds from 1 to "
                    + MAX_EXPIRES_SECONDS + ", not " + expires + ".");
        }
        Instant now = clock.instant();
        if (now.isAfter(signedAt.plusSeconds(seconds))) {
            throw AuthError.expired(json).exception("Request has expired");
        }
        if (signedAt.isAfter(now.plus(SKEW))) {
            throw notYetCurrent(amzDate, now, json);
        }
    }

    private void checkSkew(String amzDate, Instant signedAt, boolean json) {
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(SKEW))) {
            throw AuthError.badSignature(json).exception("Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(SKEW))) {
            throw notYetCurrent(amzDate, now, json);
        }
    }

    private static AwsException notYetCurrent(String amzDate, Instant now, boolean json) {
        return AuthError.badSignature(json).exception("Signature not yet current: " + amzDate
                + " is still later than " + AMZ_DATE.format(now.plus(SKEW)) + " (" + AMZ_DATE.format(now)
                + " + 15 min.)");
    }

    private static String canonicalRequest(HttpServerExchange exchange, String[] signedHeaders, String payloadHash) {
        StringBuilder canonical = new StringBuilder()
                .append(exchange.getRequestMethod().toString()).append('\n')
                .append(canonicalPath(exchange.getRequestURI())).append('\n')
                .append(canonicalQuery(exchange.getQueryString())).append('\n');
        for (String name : signedHeaders) {
            canonical.append(name).append(':').append(headerValue(exchange, name)).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
        return canonical.toString();
    }

    /** The hash the client declared, which must be the body's unless it chose not to sign the payload. */
    private static String payloadHash(byte[] body, String declared, boolean json) {
        String actual = hex(sha256(body));
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
            if (name.equals(SIGNATURE_PARAMETER)) {
                continue;
            }
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
