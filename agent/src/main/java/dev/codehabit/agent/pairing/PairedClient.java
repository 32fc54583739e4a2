package dev.codehabit.agent.pairing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A browser (or other bridge) the user approved; its token is known only by hash. */
public record PairedClient(
        @JsonProperty("id") String id,
        @JsonProperty("client") String client,
        @JsonProperty("name") String name,
        @JsonProperty("created_at") double createdAt,
        @JsonProperty("last_seen_at") Double lastSeenAt) {}
