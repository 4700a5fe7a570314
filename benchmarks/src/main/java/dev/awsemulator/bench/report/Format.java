package dev.awsemulator.bench.report;

import java.time.Duration;
import java.util.Locale;

/** Numbers as the results file shows them: about three significant digits, thousands separated. */
final class Format {

    private Format() {
    }

    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    static String ratio(double value) {
        return number(value) + "×";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds()) : number(duration.toMillis() / 1000.0);
    }
}
