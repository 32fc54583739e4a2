package dev.codehabit.agent.activity;

import java.util.List;

/**
 * One validated heartbeat as stored. Counts are deltas since the sending client's previous heartbeat.
 *
 * @param id       database id; 0 before it is stored
 * @param stream   which timeline it belongs to: spans are built per stream
 * @param editor   display name of the editor or browser, derived from {@code user_agent} or {@code source}
 * @param signal   an explicit span boundary sent by a bridge, or null
 * @param audible  web only: the browser tab was playing sound (not muted) when the bridge sent this
 */
public record Heartbeat(
        long id,
        Stream stream,
        double time,
        String entity,
        String type,
        String category,
        String project,
        String branch,
        String language,
        String editor,
        String source,
        Signal signal,
        boolean isWrite,
        Integer lines,
        Integer lineno,
        Integer cursorpos,
        Counts counts,
        List<String> dependencies,
        String userAgent,
        String machine,
        boolean audible) {

    public Heartbeat withId(long newId) {
        return new Heartbeat(newId, stream, time, entity, type, category, project, branch, language, editor, source,
                signal, isWrite, lines, lineno, cursorpos, counts, dependencies, userAgent, machine, audible);
    }

    public boolean endsSpan() {
        return signal != null && signal.endsSpan();
    }

    /** Timelines kept apart: coding time and web time add up independently. */
    public enum Stream {
        CODING, WEB;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Stream fromKey(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Span boundaries a bridge can send explicitly. */
    public enum Signal {
        FOCUS, BLUR, IDLE;

        public boolean endsSpan() {
            return this != FOCUS;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The signal a stored or sent key names ("idle"), null for none; an unknown key throws. */
        public static Signal fromKey(String key) {
            return key == null ? null : valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Additive activity counts carried by a heartbeat. */
    public record Counts(
            int lineAdditions,
            int lineDeletions,
            int generatedAdditions,
            int aiLineChanges,
            int humanLineChanges,
            int keystrokes,
            int characters,
            int tabSwitches) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        public boolean changesLines() {
            return lineAdditions > 0 || lineDeletions > 0;
        }
    }
}
