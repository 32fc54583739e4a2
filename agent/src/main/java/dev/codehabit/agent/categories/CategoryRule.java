package dev.codehabit.agent.categories;

import com.fasterxml.jackson.annotation.JsonProperty;

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
                throw new IllegalArgumentException("rule kind is missing: domain, suffix or regex");
            }
            return switch (key.toLowerCase(Locale.ROOT)) {
                case "domain" -> DOMAIN;
                case "suffix" -> SUFFIX;
                case "regex" -> REGEX;
                default -> throw new IllegalArgumentException("rule kind must be domain, suffix or regex, got: " + key);
            };
        }
    }

    public CategoryRule {
        if (kind == null) {
            throw new IllegalArgumentException("rule kind is missing: domain, suffix or regex");
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
            throw new IllegalArgumentException("regex rule needs a pattern of 1 to 500 characters");
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regex " + pattern + ": " + e.getDescription());
        }
        return pattern;
    }
}
