package dev.awsemulator.server.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What is made of a service's names is made once per derivation and kept with those names. */
class WireNamesDerivedTest {

    @Test
    void eachDerivationIsMadeOnceAndKeptApart() {
        WireNames names = WireNames.withMapEntries("key", "value");
        List<String> made = new ArrayList<>();
        WireNames.Derivation<StringBuilder> upper = of -> {
            made.add("upper");
            return new StringBuilder("UPPER");
        };
        WireNames.Derivation<StringBuilder> lower = of -> {
            made.add("lower");
            return new StringBuilder("lower");
        };

        StringBuilder first = names.derived(upper);
        StringBuilder again = names.derived(upper);
        StringBuilder other = names.derived(lower);

        assertThat(again).isSameAs(first);
        assertThat(other).hasToString("lower");
        assertThat(made).containsExactly("upper", "lower");
    }

    @Test
    void otherNamesMakeTheirOwn() {
        WireNames.Derivation<Object> derivation = of -> new Object();

        assertThat(WireNames.lowerCamel().derived(derivation)).isNotSameAs(WireNames.lowerCamel().derived(derivation));
    }
}
