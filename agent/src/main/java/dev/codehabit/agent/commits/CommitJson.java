package dev.codehabit.agent.commits;

import java.util.LinkedHashMap;
import java.util.Map;

/** The commit objects of the API. */
final class CommitJson {
    private CommitJson() {}

    static Map<String, Object> commit(Commit c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hash", c.hash());
        m.put("project", c.project());
        m.put("branch", c.branch());
        m.put("files_changed", c.filesChanged());
        m.put("insertions", c.insertions());
        m.put("deletions", c.deletions());
        m.put("time", c.time());
        m.put("source", c.source());
        return m;
    }

    static Map<String, Object> report(CommitReport r) {
        Map<String, Object> m = commit(r.commit());
        m.put("coding_seconds", Math.round(r.codingSeconds() * 1000) / 1000.0);
        m.put("since", r.since());
        m.put("since_previous_commit", r.sincePreviousCommit());
        return m;
    }
}
