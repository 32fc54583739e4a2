package dev.codehabit.agent.focus;

/**
 * A focus session, running from {@code startedAt} to {@code endsAt} (epoch seconds) unless ended early.
 *
 * @param origin "manual", or "schedule:&lt;id&gt;:&lt;date&gt;" for one a schedule started
 */
public record FocusSession(long id, double startedAt, double endsAt, boolean strict, Double endedAt, String origin) {

}
