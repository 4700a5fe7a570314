package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.service.BoundService;
import dev.awsemulator.server.service.ServiceModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulators of one JVM share their codecs and input checks: every service's wire names, which the codecs
 * are made of and kept with, and its input checks, which read its model once, are one object whatever
 * emulator serves the service.
 */
class SharedCodecsTest {

    @Test
    void everyServiceHasTheSameWireNamesAndInputChecksInEveryEmulator() {
        try (Emulator first = Emulator.builder().build(); Emulator second = Emulator.builder().build()) {
            for (ServiceModule<?> module : EmulatorServer.MODULES) {
                ServiceDefinition ofFirst = BoundService.bind(module, first).definition();
                ServiceDefinition ofSecond = BoundService.bind(module, second).definition();

                assertThat(ofSecond.wireNames()).as(module.displayName()).isSameAs(ofFirst.wireNames());
                assertThat(ofSecond.inputChecks()).as(module.displayName()).isSameAs(ofFirst.inputChecks());
            }
        }
    }
}
