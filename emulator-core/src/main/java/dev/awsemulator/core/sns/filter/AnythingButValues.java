package dev.awsemulator.core.sns.filter;

import java.util.Arrays;
import java.util.Set;

/**
 * {"anything-but": value or [values]}: matches any value that is not one of them. Strings and numbers never
 * equal each other, so "100" is not excluded by [100].
 */
final class AnythingButValues implements Negation {

    private final Set<String> texts;
    private final long[] sortedNumbers;

    AnythingButValues(Set<String> texts, long[] numbers) {
        this.texts = Set.copyOf(texts);
        this.sortedNumbers = numbers.clone();
        Arrays.sort(sortedNumbers);
    }

    @Override
    public boolean matchesText(String value) {
        return !texts.contains(value);
    }

    @Override
    public boolean matchesNumber(double value) {
        return !Numbers.inRange(value) || Arrays.binarySearch(sortedNumbers, Numbers.fixed(value)) < 0;
    }
}
