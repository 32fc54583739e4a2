package dev.codehabit.agent.focus;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What {@code GET /api/v1/focus} answers, and what the browser turns into blocking rules. */
public record FocusState(
        @JsonProperty("active") boolean active,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("ends_at") String endsAt,
        @JsonProperty("strict") boolean strict,
        @JsonProperty("origin") String origin,
        @JsonProperty("blocked_domains") List<String> blockedDomains,
        @JsonProperty("blocked_categories") List<String> blockedCategories,
        @JsonProperty("block_rules") List<BlockRule> blockRules) {}
