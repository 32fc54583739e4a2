package dev.codehabit.agent.focus;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What focus mode blocks: single domains (and their subdomains) and whole site categories. */
public record Blocklist(
        @JsonProperty("domains") List<String> domains,
        @JsonProperty("categories") List<String> categories) {

    public Blocklist {
        domains = List.copyOf(domains);
        categories = List.copyOf(categories);
    }
}
