package dev.codehabit.agent.ingest;

import dev.codehabit.agent.activity.Heartbeat;

/** What became of one submitted heartbeat. */
public sealed interface IngestResult {

    /** Committed (or already stored: an exact duplicate is accepted once and acknowledged again). */
    record Stored(Heartbeat heartbeat, boolean duplicate) implements IngestResult {}

    /** Refused; nothing was written for it. */
    record Rejected(String reason) implements IngestResult {}
}
