package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.service.BoundService;
import dev.awsemulator.server.service.ServiceModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulators of one JVM share their codecs: every service's wire names, which the codecs are made of and
 * kept with, are one object whatever emulator serves the service.
 */
class SharedCodecsTest {

    @Test
    void everyServiceHasTheSameWireNamesInEveryEmulator() {
        try (Emulator first = Emulator.builder().build(); Emulator second = Emulator.builder().build()) {
            for (ServiceModule<?> module : EmulatorServer.MODULES) {
                WireNames ofFirst = BoundService.bind(module, first).definition().wireNames();
                WireNames ofSecond = BoundService.bind(module, second).definition().wireNames();

                assertThat(ofSecond).as(module.displayName()).isSameAs(ofFirst);
            }
        }
    }
}
