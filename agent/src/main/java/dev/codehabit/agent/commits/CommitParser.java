package dev.codehabit.agent.commits;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validates one commit object from {@code POST /api/v1/commits}; unknown fields are ignored. */
public final class CommitParser {
    /** Abbreviated hashes are accepted (7+), up to SHA-256's 64 hex digits. */
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{7,64}");
    private static final int MAX_TEXT = 255;
    private static final int MAX_COUNT = 10_000_000;
    /** Commits before 2000-01-01 are clock errors (or rewritten history), not activity to correlate. */
    private static final double EARLIEST_TIME = 946_684_800;
    private static final double MAX_FUTURE_SECONDS = 3600;

    private final Clock clock;

    public CommitParser(Clock clock) {
        this.clock = clock;
    }

    public Commit parse(JsonNode node) throws InvalidCommitException {
        if (node == null || !node.isObject()) {
            throw new InvalidCommitException("a commit must be a JSON object");
        }
        String hash = text(node, "hash");
        if (hash == null) {
            throw new InvalidCommitException("hash is required");
        }
        hash = hash.trim().toLowerCase(Locale.ROOT);
        if (!HASH.matcher(hash).matches()) {
            throw new InvalidCommitException("hash must be 7 to 64 hex digits");
        }
        String project = text(node, "project");
        if (project == null || project.isBlank()) {
            throw new InvalidCommitException("project is required");
        }
        String branch = text(node, "branch");
        String source = text(node, "source");
        return new Commit(hash, project.trim(), branch == null || branch.isBlank() ? null : branch.trim(),
                count(node, "files_changed"), count(node, "insertions"), count(node, "deletions"), time(node),
                source == null || source.isBlank() ? "unknown" : source.trim().toLowerCase(Locale.ROOT));
    }

    private double time(JsonNode node) throws InvalidCommitException {
        JsonNode t = node.get("time");
        if (t == null || t.isNull()) {
            throw new InvalidCommitException("time is required");
        }
        if (!t.isNumber()) {
            throw new InvalidCommitException("time must be epoch seconds (a number)");
        }
        double time = t.asDouble();
        if (!Double.isFinite(time) || time < EARLIEST_TIME) {
            throw new InvalidCommitException("time must be epoch seconds after 2000-01-01");
        }
        if (time > clock.millis() / 1000.0 + MAX_FUTURE_SECONDS) {
            throw new InvalidCommitException("time is in the future");
        }
        return time;
    }

    private static String text(JsonNode node, String field) throws InvalidCommitException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidCommitException(field + " must be a string");
        }
        if (v.asText().length() > MAX_TEXT) {
            throw new InvalidCommitException(field + " is too long (" + MAX_TEXT + " characters at most)");
        }
        return java.text.Normalizer.normalize(v.asText(), java.text.Normalizer.Form.NFC); // as heartbeats: one project, however spelt
    }

    private static int count(JsonNode node, String field) throws InvalidCommitException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > MAX_COUNT) {
            throw new InvalidCommitException(field + " must be a whole number from 0 to " + MAX_COUNT);
        }
        return v.asInt();
    }
}
