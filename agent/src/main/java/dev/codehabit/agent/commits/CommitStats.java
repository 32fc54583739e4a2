package dev.codehabit.agent.commits;

import dev.codehabit.agent.stats.Stats;
import dev.codehabit.agent.stats.StatsJson;

import java.time.LocalDate;
import java.util.Map;

/**
 * Adds {@code commits} to {@code GET /api/v1/stats}, for the range and for each day. Commit counts are read from
 * the commit table (one query per request) rather than kept as a rollup counter: rollups are rebuilt from
 * heartbeats alone.
 */
public final class CommitStats implements StatsJson.Contributor {
    private final CommitService commits;

    public CommitStats(CommitService commits) {
        this.commits = commits;
    }

    @Override
    public StatsJson.Fields prepare(Stats stats) {
        Map<LocalDate, Long> perDay = commits.countPerDay(stats.from(), stats.to(), stats.zone());
        long total = perDay.values().stream().mapToLong(Long::longValue).sum();
        return (day, totals, out) -> out.put("commits", day == null ? total : perDay.getOrDefault(day, 0L));
    }
}
