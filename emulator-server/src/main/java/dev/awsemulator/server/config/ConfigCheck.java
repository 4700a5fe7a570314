package dev.awsemulator.server.config;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Collects the problems of one section's entries, each prefixed with the entry it is about. */
public final class ConfigCheck {

    private final List<String> labels;
    private final Function<String, Set<String>> declaredNames;
    private final String scope;
    private final List<String> problems;

    ConfigCheck(List<String> labels, Function<String, Set<String>> declaredNames, String scope,
                List<String> problems) {
        this.labels = labels;
        this.declaredNames = declaredNames;
        this.scope = scope;
        this.problems = problems;
    }

    /** Whether section {@code sectionKey} declares {@code name} (here, or in a config applied before this one). */
    public boolean declares(String sectionKey, String name) {
        return name != null && declaredNames.apply(sectionKey).contains(name);
    }

    /** Where references are looked up, for messages: {@code this file}. */
    public String scope() {
        return scope;
    }

    /** Records a problem of the entry at {@code index}. */
    public void problem(int index, String message) {
        problems.add(labels.get(index) + message);
    }
}
