package dev.codehabit.agent.commits;

import dev.codehabit.agent.stats.StatsJson;
import dev.codehabit.agent.stats.Totals;

import java.time.LocalDate;
import java.util.Map;

/**
 * Adds {@code commits} to {@code GET /api/v1/stats}, for the range and for each day. Commit counts are read from
 * the commit table rather than kept as a rollup counter: rollups are rebuilt from heartbeats alone.
 */
public final class CommitStats {
    private final CommitService commits;

    public CommitStats(CommitService commits) {
        this.commits = commits;
    }

    public void register(StatsJson stats) {
        stats.addContributor(this::contribute);
    }

    // StatsJson hands contributors the map it is filling: a day's map already holds its "date", the range's
    // map its "from" and "to", which is all that is needed to count the commits of the same days.
    private void contribute(Totals ignored, Map<String, Object> out) {
        Object date = out.get("date");
        if (date != null) {
            LocalDate day = LocalDate.parse(date.toString());
            out.put("commits", commits.count(day, day));
        } else if (out.get("from") != null && out.get("to") != null) {
            out.put("commits", commits.count(LocalDate.parse(out.get("from").toString()), LocalDate.parse(out.get("to").toString())));
        }
    }
}
