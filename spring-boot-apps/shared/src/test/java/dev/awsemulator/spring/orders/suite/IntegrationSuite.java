package dev.awsemulator.spring.orders.suite;

import dev.awsemulator.spring.EmulatedAws;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Twenty-one test classes on one base class with {@link EmulatedAws}: one context and one emulator for all of
 * them. The last one dirties the context, so after it the context closes and the emulator stops. Its own
 * region: an emulator apart from the other tests', whose cached context would otherwise consume its messages.
 */
public final class IntegrationSuite {

    private IntegrationSuite() {
    }

    @SpringBootTest
    @EmulatedAws(config = "orders-emulator.yaml", region = "eu-north-1")
    abstract static class Base extends OrderFlow {
    }

    static class Shared01 extends Base { }
    static class Shared02 extends Base { }
    static class Shared03 extends Base { }
    static class Shared04 extends Base { }
    static class Shared05 extends Base { }
    static class Shared06 extends Base { }
    static class Shared07 extends Base { }
    static class Shared08 extends Base { }
    static class Shared09 extends Base { }
    static class Shared10 extends Base { }
    static class Shared11 extends Base { }
    static class Shared12 extends Base { }
    static class Shared13 extends Base { }
    static class Shared14 extends Base { }
    static class Shared15 extends Base { }
    static class Shared16 extends Base { }
    static class Shared17 extends Base { }
    static class Shared18 extends Base { }
    static class Shared19 extends Base { }
    static class Shared20 extends Base { }

    @DirtiesContext
    public static class Shared21 extends Base { }
}
