package dev.codehabit.agent.activity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire form of a stored heartbeat (WakaTime's field names, plus ours), for replies and exports. */
public final class HeartbeatJson {
    /** The fields of {@link #toMap}, in its order (the header of a CSV export). */
    public static final List<String> FIELDS = List.of("id", "entity", "type", "category", "time", "project", "branch",
            "language", "editor", "source", "stream", "signal", "is_write", "lines", "lineno", "cursorpos",
            "line_additions", "line_deletions", "generated_additions", "ai_line_changes", "human_line_changes",
            "keystrokes", "characters", "tab_switches", "dependencies", "user_agent", "machine", "audible");

    private HeartbeatJson() {}

    /**
     * What a bulk reply echoes per item: enough to match it to what was sent. Echoing every field of a hundred
     * heartbeats cost more than storing them; WakaTime clients read only the status of each item.
     */
    public static Map<String, Object> summary(Heartbeat h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Long.toString(h.id()));
        m.put("entity", h.entity());
        m.put("type", h.type());
        m.put("time", BigDecimal.valueOf(h.time()).stripTrailingZeros());
        return m;
    }

    public static Map<String, Object> toMap(Heartbeat h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Long.toString(h.id()));
        m.put("entity", h.entity());
        m.put("type", h.type());
        m.put("category", h.category());
        m.put("time", BigDecimal.valueOf(h.time()).stripTrailingZeros()); // plain seconds, not 1.7E9
        m.put("project", h.project());
        m.put("branch", h.branch());
        m.put("language", h.language());
        m.put("editor", h.editor());
        m.put("source", h.source());
        m.put("stream", h.stream().key());
        m.put("signal", h.signal() == null ? null : h.signal().key());
        m.put("is_write", h.isWrite());
        m.put("lines", h.lines());
        m.put("lineno", h.lineno());
        m.put("cursorpos", h.cursorpos());
        Heartbeat.Counts n = h.counts();
        m.put("line_additions", n.lineAdditions());
        m.put("line_deletions", n.lineDeletions());
        m.put("generated_additions", n.generatedAdditions());
        m.put("ai_line_changes", n.aiLineChanges());
        m.put("human_line_changes", n.humanLineChanges());
        m.put("keystrokes", n.keystrokes());
        m.put("characters", n.characters());
        m.put("tab_switches", n.tabSwitches());
        m.put("dependencies", h.dependencies());
        m.put("user_agent", h.userAgent());
        m.put("machine", h.machine());
        m.put("audible", h.audible());
        return m;
    }
}
