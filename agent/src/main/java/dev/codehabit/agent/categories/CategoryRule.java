package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A user's rule putting sites into a category.
 * {@code domain}: that domain and its subdomains; {@code suffix}: any domain ending in ".pattern"
 * (written {@code *.gov}); {@code regex}: domains the regular expression matches entirely.
 */
public record CategoryRule(
        @JsonProperty("kind") Kind kind,
        @JsonProperty("pattern") String pattern,
        @JsonProperty("category") String category) {

    public enum Kind {
        DOMAIN, SUFFIX, REGEX;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String key) {
            if (key == null) {
                throw new InvalidInputException("rule kind is missing: domain, suffix or regex");
            }
            return switch (key.toLowerCase(Locale.ROOT)) {
                case "domain" -> DOMAIN;
                case "suffix" -> SUFFIX;
                case "regex" -> REGEX;
                default -> throw new InvalidInputException("rule kind must be domain, suffix or regex, got: " + key);
            };
        }
    }

    public CategoryRule {
        if (kind == null) {
            throw new InvalidInputException("rule kind is missing: domain, suffix or regex");
        }
        Category.checkId(category);
        pattern = switch (kind) {
            case DOMAIN -> Domains.normalize(pattern, "rule pattern");
            case SUFFIX -> Domains.normalize(pattern == null ? null : pattern.replaceFirst("^\\*?\\.", ""), "rule suffix");
            case REGEX -> checkRegex(pattern);
        };
    }

    /** Compiled once per rule set, not per lookup (see {@link SiteCategorizer}). */
    Pattern compiled() {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
    }

    private static String checkRegex(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > 500) {
            throw new InvalidInputException("regex rule needs a pattern of 1 to 500 characters");
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("invalid regex " + pattern + ": " + e.getDescription());
        }
        // Matching is bounded anyway (BoundedRegex); a pattern that runs away on ordinary-looking domains
        // is refused here so the user learns why it would never match.
        for (String probe : RUNAWAY_PROBES) {
            if (BoundedRegex.exceedsBudget(compiled, probe)) {
                throw new InvalidInputException("regex " + pattern + " backtracks too much (nested repetition such as"
                        + " (a+)+ or (.*a){10}); write it without repeating a repeated group");
            }
        }
        return pattern;
    }

    /** Long runs of one letter, with and without the dots and hyphens domains have. */
    private static final List<String> RUNAWAY_PROBES = List.of(
            "a".repeat(60) + ".com", "a".repeat(60) + "!", "a-".repeat(40) + "example.com",
            "a.".repeat(60) + "com", "x".repeat(60) + ".example");
}
