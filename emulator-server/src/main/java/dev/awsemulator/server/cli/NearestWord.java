package dev.awsemulator.server.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The known word a mistyped one was most likely meant to be: the fewest single-character edits
 * (insertions, deletions, substitutions, swaps of neighbours) away, and close enough to be a slip
 * of the keyboard rather than another word: at most two edits, and fewer than a third of its length.
 */
final class NearestWord {

    private NearestWord() {
    }

    static Optional<String> among(Collection<String> known, String typed) {
        return known.stream()
                .filter(word -> isSlipOf(word, typed))
                .min(Comparator.comparingInt(word -> distance(word, typed)));
    }

    private static boolean isSlipOf(String word, String typed) {
        int edits = distance(word, typed);
        return edits <= 2 && edits * 3 < word.length();
    }

    /** Optimal string alignment distance: Levenshtein's, where swapping two neighbours is one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
