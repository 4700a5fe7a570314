package dev.awsemulator.spring.orders.comparison;

import dev.awsemulator.spring.orders.suite.OrderFlow;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared suite's 21 classes wired as users had to before {@code @EmulatedAws}: a server per class (the
 * JUnit extension's emulator, or embedded ElasticMQ with {@code -Dsuite.server=elasticmq}), its endpoint, region
 * and credentials fed to Spring by hand, and {@code @DirtiesContext} so that no cached context outlives its server.
 */
public final class PerClassSuite {

    private PerClassSuite() {
    }

    @SpringBootTest
    @DirtiesContext
    abstract static class Base extends OrderFlow {

        @RegisterExtension
        static final PerClassServer server = new PerClassServer();

        @DynamicPropertySource
        static void server(DynamicPropertyRegistry registry) {
            server.properties().forEach((name, value) -> registry.add(name, () -> value.get()));
        }
    }

    static class PerClass01 extends Base { }
    static class PerClass02 extends Base { }
    static class PerClass03 extends Base { }
    static class PerClass04 extends Base { }
    static class PerClass05 extends Base { }
    static class PerClass06 extends Base { }
    static class PerClass07 extends Base { }
    static class PerClass08 extends Base { }
    static class PerClass09 extends Base { }
    static class PerClass10 extends Base { }
    static class PerClass11 extends Base { }
    static class PerClass12 extends Base { }
    static class PerClass13 extends Base { }
    static class PerClass14 extends Base { }
    static class PerClass15 extends Base { }
    static class PerClass16 extends Base { }
    static class PerClass17 extends Base { }
    static class PerClass18 extends Base { }
    static class PerClass19 extends Base { }
    static class PerClass20 extends Base { }
    static class PerClass21 extends Base { }
}
