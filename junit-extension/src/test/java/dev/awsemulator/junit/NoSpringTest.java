package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spring support is a module of its own: a project that uses only this extension gets no Spring jar. */
class NoSpringTest {

    @Test
    void theExtensionsClasspathHasNoSpring() {
        assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
