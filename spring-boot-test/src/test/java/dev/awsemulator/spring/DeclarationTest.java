package dev.awsemulator.spring;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationTest {

    @EmulatedAws(queues = "orders")
    static class Base {
    }

    static class Inheriting extends Base {
    }

    @EmulatedAws(queues = "orders", resetBeforeEachTest = true)
    static class SameEmulatorResetMoreOften extends Base {
    }

    @EmulatedAws(queues = "payments")
    static class Conflicting extends Base {
    }

    @EmulatedAws(queues = "orders")
    class Outer {

        @Nested
        @EmulatedAws(topics = "events")
        class ConflictingNested {
        }
    }

    static class Undeclared {
    }

    @Test
    void aSubclassUsesItsBaseClassesEmulator() {
        assertThat(Declaration.of(Inheriting.class)).hasValueSatisfying(declared -> {
            assertThat(declared.definition().queues()).containsExactly("orders");
            assertThat(declared.declaredOn()).isEqualTo(Base.class);
        });
    }

    @Test
    void declarationsThatDifferOnlyInHowOftenTheyResetShareOneEmulator() {
        assertThat(Declaration.of(SameEmulatorResetMoreOften.class)).hasValueSatisfying(declared -> {
            assertThat(declared.definition()).isEqualTo(Declaration.of(Base.class).orElseThrow().definition());
            assertThat(declared.resetBeforeEachTest()).isTrue();
        });
    }

    @Test
    void twoDifferentConfigurationsAreRefusedNamingBothClasses() {
        assertThatThrownBy(() -> Declaration.of(Conflicting.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two different @EmulatedAws configurations")
                .hasMessageContaining(Conflicting.class.getName()).hasMessageContaining(Base.class.getName());
    }

    @Test
    void aNestedClassConflictingWithItsEnclosingClassIsRefusedToo() {
        assertThatThrownBy(() -> Declaration.of(Outer.ConflictingNested.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Outer.ConflictingNested.class.getName()).hasMessageContaining(Outer.class.getName());
    }

    @Test
    void theCustomizerFactoryIgnoresClassesWithoutTheAnnotationAndRefusesConflicts() {
        EmulatorContextCustomizerFactory factory = new EmulatorContextCustomizerFactory();

        assertThat(factory.createContextCustomizer(Undeclared.class, List.of())).isNull();
        assertThat(factory.createContextCustomizer(Inheriting.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(SameEmulatorResetMoreOften.class, List.of()));
        assertThatThrownBy(() -> factory.createContextCustomizer(Conflicting.class, List.of()))
                .hasMessageContaining(Base.class.getName());
    }
}
