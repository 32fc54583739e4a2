package dev.codehabit.sync.leaderboard;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One page of a board, shaped like WakaTime's {@code /leaders} (differences in docs/sync-server.md).
 *
 * @param me the caller's place, or null without a token or when the caller is not on this board
 */
public record Board(String period, String board, Range range, String updatedAt, String rule, List<Entry> entries,
                    Me me, int page, int totalPages, long total) {
    public static final String RULE = "Every board counts exactly the seconds the agents synced, which they have "
            + "already clipped for idle time: one rule for totals and languages. Days over 20 h, or 7 days in a row "
            + "over 16 h, are held for review and count for no rank. Other and Unknown are never ranked.";

    public record Range(String start, String end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int rank, String username, String pseudonym, String displayName, long seconds,
                        long dailyAverage, List<LanguageSeconds> languages) {
    }

    public record LanguageSeconds(String name, long seconds) {
    }

    /** @param percentile share of ranked members at or below the caller, in percent (100 = first) */
    public record Me(int rank, long seconds, double percentile) {
    }
}
