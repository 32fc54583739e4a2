package dev.codehabit.agent.categories;

import java.util.regex.Pattern;

/**
 * Runs a user's regex over a domain with a budget of character reads. java.util.regex backtracks, so a
 * pattern such as {@code (.*a){12}b} takes seconds on a 30-character domain; every heartbeat and stats
 * read categorises domains, so one such rule could stall the agent. The budget is far above what any
 * sane pattern needs on a domain (at most 253 characters) and ends a runaway match within a millisecond
 * or so; such a match counts as "no match".
 */
final class BoundedRegex {
    /** Character reads one match may make. */
    static final int MAX_READS = 100_000;

    private BoundedRegex() {}

    /** Character reads all of a user's regexes together may make for one domain. */
    static final int MAX_READS_PER_DOMAIN = 4 * MAX_READS;

    /** @return whether {@code pattern} matches all of {@code input}; false when the budget runs out */
    static boolean matches(Pattern pattern, String input) {
        return matches(pattern, input, new int[] {MAX_READS_PER_DOMAIN});
    }

    /**
     * As {@link #matches(Pattern, String)}, drawing on a budget shared by several matches ({@code left[0]} reads,
     * lowered by what this one used): however many rules there are, one categorisation stays bounded.
     */
    static boolean matches(Pattern pattern, String input, int[] left) {
        int allowed = Math.min(MAX_READS, left[0]);
        int[] own = {allowed};
        try {
            return allowed > 0 && pattern.matcher(new Budgeted(input, own)).matches();
        } catch (BudgetExceeded e) {
            return false;
        } finally {
            left[0] -= allowed - Math.max(own[0], 0);
        }
    }

    /** @return whether matching {@code input} needs more than the budget (the rule would never match it) */
    static boolean exceedsBudget(Pattern pattern, String input) {
        try {
            pattern.matcher(new Budgeted(input, new int[] {MAX_READS})).matches();
            return false;
        } catch (BudgetExceeded e) {
            return true;
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A string whose reads count down one shared budget (sub-sequences share it too). */
    private record Budgeted(String text, int[] left) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
