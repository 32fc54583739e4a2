package dev.codehabit.agent.focus;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rule the browser turns into a redirect: {@code domain} blocks that domain and its subdomains,
 * {@code regex} blocks hosts the expression matches entirely.
 *
 * @param reason what the blocked page tells the user: a category name, or "your blocklist"
 */
public record BlockRule(
        @JsonProperty("type") String type,
        @JsonProperty("pattern") String pattern,
        @JsonProperty("reason") String reason) {

    public static BlockRule domain(String domain, String reason) {
        return new BlockRule("domain", domain, reason);
    }

    public static BlockRule regex(String regex, String reason) {
        return new BlockRule("regex", regex, reason);
    }
}
