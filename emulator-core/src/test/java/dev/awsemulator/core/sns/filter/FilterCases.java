package dev.awsemulator.core.sns.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the case table: "scope | policy | message | expected" per line, '#' for comments. In a policy,
 * {@code @seq(n)} expands to "v0",...,"v(n-1)", {@code @nums(n)} to 0,...,n-1, {@code @pad(n)} to n letters x
 * and {@code @padUtf8(n)} to n letters é (two bytes each), so that limits fit on a line; "(empty)" is "".
 */
final class FilterCases {

    private static final Pattern MACRO = Pattern.compile("@(seq|nums|pad|padUtf8)\\((\\d+)\\)");

    private FilterCases() {
    }

    static List<FilterCase> load(String resource) {
        List<FilterCase> cases = new ArrayList<>();
        try (InputStream in = FilterCases.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(parse(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static FilterCase parse(int number, String line) {
        String[] fields = line.split(" \\| ");
        if (fields.length != 4) {
            throw new IllegalArgumentException("line " + number + " has " + fields.length + " fields: " + line);
        }
        String policy = fields[1].trim().equals("(empty)") ? "" : expand(fields[1].trim());
        return new FilterCase(number, fields[0].trim(), policy, fields[2].trim(), fields[3].trim());
    }

    private static String expand(String policy) {
        Matcher macro = MACRO.matcher(policy);
        StringBuilder expanded = new StringBuilder();
        while (macro.find()) {
            int n = Integer.parseInt(macro.group(2));
            String replacement = switch (macro.group(1)) {
                case "seq" -> IntStream.range(0, n).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));
                case "nums" -> IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(","));
                case "pad" -> "x".repeat(n);
                default -> "é".repeat(n);
            };
            macro.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return macro.appendTail(expanded).toString();
    }
}
