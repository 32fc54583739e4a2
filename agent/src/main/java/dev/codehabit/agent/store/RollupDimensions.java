package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Heartbeat;

import java.util.function.BiConsumer;

/** Which daily rollup rows a heartbeat's time counts towards. Coding and web dimensions never mix. */
public final class RollupDimensions {
    public static final String STREAM = "stream";
    public static final String CATEGORY = "category";
    public static final String LANGUAGE = "language";
    public static final String PROJECT = "project";
    public static final String EDITOR = "editor";
    public static final String BRANCH = "branch";
    public static final String DOMAIN = "domain";
    public static final String BROWSER = "browser";
    /** Name used where WakaTime would show "Unknown". */
    public static final String UNKNOWN = "Unknown";

    private RollupDimensions() {}

    static void forEach(Heartbeat h, BiConsumer<String, String> sink) {
        sink.accept(STREAM, h.stream().key());
        if (h.stream() == Heartbeat.Stream.WEB) {
            // Web time is categorised by site at read time (the user's category rules may change).
            sink.accept(DOMAIN, h.entity());
            sink.accept(BROWSER, orUnknown(h.editor()));
            return;
        }
        sink.accept(CATEGORY, h.category());
        sink.accept(EDITOR, orUnknown(h.editor()));
        sink.accept(LANGUAGE, orUnknown(h.language()));
        sink.accept(PROJECT, orUnknown(h.project()));
        if (h.branch() != null && !h.branch().isBlank()) {
            sink.accept(BRANCH, h.branch());
        }
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
