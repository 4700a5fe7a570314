package dev.awsemulator.spring.orders;

import dev.awsemulator.spring.EmulatedAws;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The order application against an emulator, for local development without Docker or an AWS account: run
 * this {@code main} from the IDE, or {@code ./mvnw -pl spring-boot-apps/boot3-app -am test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.awsemulator.spring.orders.LocalOrderApplication}. The
 * emulator's resources are the tests' config file; it stops when the application does.
 */
public final class LocalOrderApplication {

    private LocalOrderApplication() {
    }

    public static void main(String[] args) {
        run(args);
    }

    static ConfigurableApplicationContext run(String... args) {
        return SpringApplication.from(OrderApplication::main).with(LocalAws.class).run(args).getApplicationContext();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EmulatedAws(config = "orders-emulator.yaml")
    static class LocalAws {
    }
}
