package dev.awsemulator.spring.orders;

import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.spring.EmulatedAws;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The base of the application's tests: one application context and one emulator for every class that extends
 * it, the emulator's resources re-created empty before each class. Virtual time, so that visibility timeouts
 * and delays pass when a test says so.
 */
@SpringBootTest
@EmulatedAws(config = "orders-emulator.yaml", virtualTime = true)
abstract class OrderApplicationTest {

    @Autowired
    OrderService orders;

    @Autowired
    Processed processed;

    @Autowired
    AwsEmulator aws;

    @BeforeEach
    void forgetWhatEarlierTestsProcessed() {
        processed.orders().clear();
        processed.payments().clear();
        processed.clicks().clear();
    }
}
