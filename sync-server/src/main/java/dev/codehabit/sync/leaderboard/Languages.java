package dev.codehabit.sync.leaderboard;

import java.util.Locale;
import java.util.Set;

/** Which languages get a board: every shared one except the catch-alls, which rank nobody. */
final class Languages {
    private static final Set<String> NEVER_RANKED = Set.of("other", "unknown");

    private Languages() {}

    static boolean ranked(String language) {
        return !NEVER_RANKED.contains(language.toLowerCase(Locale.ROOT));
    }
}
