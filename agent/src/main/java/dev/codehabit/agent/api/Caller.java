package dev.codehabit.agent.api;

/** The authenticated party behind a request. */
public record Caller(String id, String name, boolean admin) {
    public static final String ATTRIBUTE = "codehabit.caller";
}
