package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spring Cloud AWS properties that point a context at the emulator, added with the lowest precedence and
 * only where the application or the test has set nothing: whoever set a value meant it, and is told at INFO
 * that it wins. Endpoints are set per emulated service rather than globally ({@code spring.cloud.aws.endpoint}),
 * so that the application's S3, DynamoDB or Secrets Manager clients keep going where they went.
 */
final class EmulatorProperties {

    static final String SOURCE_NAME = "awsEmulator";
    private static final Log LOG = LogFactory.getLog(EmulatedAws.class);
    private static final String PREFIX = "spring.cloud.aws.";
    private static final String GLOBAL_ENDPOINT = PREFIX + "endpoint";
    private static final String REGION = PREFIX + "region.static";
    private static final String ACCESS_KEY = PREFIX + "credentials.access-key";
    private static final String SECRET_KEY = PREFIX + "credentials.secret-key";
    /** Spring Cloud AWS's services that the emulator serves; Kinesis's client comes from the Kinesis binder. */
    private static final List<String> SERVICES = List.of("sqs", "sns", "kinesis");
    /**
     * Spring Cloud Stream's Kinesis binder for Boot 3 (4.0.x) binds its Kinesis client's settings to the
     * {@code cloudwatch} prefix (its {@code KinesisProperties} carry that prefix), so with it there the Kinesis
     * endpoint goes there too. The binder that moved into Spring Cloud AWS 4 reads {@code kinesis}.
     */
    private static final String BOOT3_KINESIS_BINDER =
            "org.springframework.cloud.stream.binder.kinesis.config.KinesisBinderConfiguration";

    private EmulatorProperties() {
    }

    static MapPropertySource of(AwsEmulator aws, Environment environment, ClassLoader classLoader) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> services = ClassUtils.isPresent(BOOT3_KINESIS_BINDER, classLoader)
                ? List.of("sqs", "sns", "kinesis", "cloudwatch") : SERVICES;
        for (String service : services) {
            String endpoint = PREFIX + service + ".endpoint";
            String set = environment.containsProperty(endpoint) ? endpoint
                    : environment.containsProperty(GLOBAL_ENDPOINT) ? GLOBAL_ENDPOINT : null;
            if (set == null) {
                properties.put(endpoint, aws.endpoint().toString());
            } else {
                keep(environment, set, service.toUpperCase() + " calls go there, not to the emulator at " + aws.endpoint());
            }
        }
        if (environment.containsProperty(REGION)) {
            keep(environment, REGION, "not the emulator's " + aws.region());
        } else {
            properties.put(REGION, aws.region());
        }
        String accessKey = aws.credentialsProvider().resolveCredentials().accessKeyId();
        if (environment.containsProperty(ACCESS_KEY) || environment.containsProperty(SECRET_KEY)) {
            keep(environment, environment.containsProperty(ACCESS_KEY) ? ACCESS_KEY : SECRET_KEY,
                    "not the emulator's, which act as account " + aws.accountId());
        } else {
            properties.put(ACCESS_KEY, accessKey);
            properties.put(SECRET_KEY, aws.credentialsProvider().resolveCredentials().secretAccessKey());
        }
        return new MapPropertySource(SOURCE_NAME, properties);
    }

    /** Logs that a property the application or the test set wins over the emulator's. */
    static void keep(Environment environment, String property, String consequence) {
        String shown = property.equals(SECRET_KEY) || property.endsWith("password") ? "(set)"
                : environment.getProperty(property);
        LOG.info("@EmulatedAws keeps " + property + "=" + shown + ", which the application or the test set: "
                + consequence + ".");
    }
}
