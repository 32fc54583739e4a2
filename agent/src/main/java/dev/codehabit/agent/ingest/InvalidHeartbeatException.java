package dev.codehabit.agent.ingest;

/** A heartbeat the agent refuses, with a reason the client can act on. */
public final class InvalidHeartbeatException extends Exception {
    public InvalidHeartbeatException(String reason) {
        super(reason, null, false, false);
    }
}
