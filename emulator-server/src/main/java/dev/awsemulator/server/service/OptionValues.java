package dev.awsemulator.server.service;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the values of services' command-line flags are written, read the same way for every service. */
public final class OptionValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s)?");

    private OptionValues() {
    }

    /** Milliseconds or seconds, said with their unit: a bare number is refused unless it is 0. */
    public static Duration duration(String text, String flag) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).length() > 15) {
            throw new IllegalArgumentException(flag + " must be a duration such as 500ms or 2s, not " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        if (matcher.group(2) == null && amount != 0) {
            throw new IllegalArgumentException(flag + " needs a unit: " + amount + "ms or " + amount + "s, not "
                    + text);
        }
        return "s".equals(matcher.group(2)) ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    }

    /** A switch's value in its environment variable {@code name}. */
    public static boolean bool(String text, String name) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not " + text);
        };
    }
}
