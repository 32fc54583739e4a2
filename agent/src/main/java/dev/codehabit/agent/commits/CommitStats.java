package dev.codehabit.agent.commits;

import dev.codehabit.agent.stats.StatsJson;
import dev.codehabit.agent.stats.Totals;

import java.time.LocalDate;
import java.util.Map;

/**
 * Adds {@code commits} to {@code GET /api/v1/stats}, for the range and for each day. Commit counts are read from
 * the commit table rather than kept as a rollup counter: rollups are rebuilt from heartbeats alone.
 */
public final class CommitStats implements StatsJson.RangeContributor {
    private final CommitService commits;

    public CommitStats(CommitService commits) {
        this.commits = commits;
    }

    public void register(StatsJson stats) {
        stats.addRangeContributor(this);
    }

    @Override
    public void accept(LocalDate from, LocalDate to, Totals totals, Map<String, Object> out) {
        out.put("commits", commits.count(from, to));
    }
}
