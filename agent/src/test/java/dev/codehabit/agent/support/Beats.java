package dev.codehabit.agent.support;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.activity.Heartbeat.Signal;
import dev.codehabit.agent.activity.Heartbeat.Stream;

import java.util.List;

/** Heartbeats for tests, with only what the test cares about spelled out. */
public final class Beats {
    private Beats() {}

    public static Heartbeat coding(double time, String project, String language) {
        return new Heartbeat(0, Stream.CODING, time, "/src/" + project + "/Main." + language, "file", "coding",
                project, "main", language, "VS Code", "vscode", null, false, null, null, null, Counts.NONE, List.of(),
                null, null, false);
    }

    public static Heartbeat coding(double time) {
        return coding(time, "alpha", "Java");
    }

    public static Heartbeat signal(double time, Signal signal) {
        return new Heartbeat(0, Stream.CODING, time, "/src/alpha/Main.Java", "file", "coding",
                "alpha", "main", "Java", "VS Code", "vscode", signal, false, null, null, null, Counts.NONE, List.of(),
                null, null, false);
    }

    public static Heartbeat web(double time, String domain) {
        return new Heartbeat(0, Stream.WEB, time, domain, "domain", "browsing", null, null, null, "Chrome", "browser",
                null, false, null, null, null, Counts.NONE, List.of(), null, null, false);
    }

    public static Heartbeat withCounts(Heartbeat h, Counts counts) {
        return new Heartbeat(h.id(), h.stream(), h.time(), h.entity(), h.type(), h.category(), h.project(), h.branch(),
                h.language(), h.editor(), h.source(), h.signal(), h.isWrite(), h.lines(), h.lineno(), h.cursorpos(),
                counts, h.dependencies(), h.userAgent(), h.machine(), h.audible());
    }
}
