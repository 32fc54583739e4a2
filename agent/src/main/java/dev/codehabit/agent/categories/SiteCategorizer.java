package dev.codehabit.agent.categories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which category a domain belongs to. The user's rules come first: a domain rule for the domain or a
 * parent (subdomains inherit), then a suffix rule, the most specific winning; then the user's regexes in
 * order; then the built-in list, again the most specific entry that the domain or a parent has.
 * Immutable: a rule change builds a new one.
 */
public final class SiteCategorizer {
    private final Map<String, String> builtIn;
    private final List<CategoryRule> rules;
    private final Map<String, String> userDomains = new HashMap<>();
    private final Map<String, String> userSuffixes = new HashMap<>();
    private final List<Map.Entry<Pattern, String>> userRegexes;
    /**
     * Each domain's answer, worked out once: a domain's category changes only when the rules do, and a rule change
     * builds a new categorizer. Stats ask for the same few hundred domains over and over. Bounded: a flood of
     * made-up domains empties it rather than growing it.
     */
    private final Map<String, Optional<String>> memo = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MEMO_SIZE = 20_000;

    public SiteCategorizer(Map<String, String> builtIn, List<CategoryRule> rules) {
        this.builtIn = Map.copyOf(builtIn);
        this.rules = List.copyOf(rules);
        for (CategoryRule rule : rules) {
            switch (rule.kind()) {
                case DOMAIN -> userDomains.putIfAbsent(rule.pattern(), rule.category());
                case SUFFIX -> userSuffixes.putIfAbsent(rule.pattern(), rule.category());
                case REGEX -> { }
            }
        }
        this.userRegexes = rules.stream()
                .filter(r -> r.kind() == CategoryRule.Kind.REGEX)
                .map(r -> Map.entry(r.compiled(), r.category()))
                .toList();
    }

    public Optional<String> categorize(String domain) {
        Optional<String> known = memo.get(domain);
        if (known != null) {
            return known;
        }
        Optional<String> answer = work(domain);
        if (memo.size() >= MEMO_SIZE) {
            memo.clear();
        }
        memo.put(domain, answer);
        return answer;
    }

    private Optional<String> work(String domain) {
        for (String d : Domains.selfAndParents(domain)) {
            String exact = userDomains.get(d);
            if (exact != null) {
                return Optional.of(exact);
            }
            String suffix = d.equals(domain) ? null : userSuffixes.get(d);
            if (suffix != null) {
                return Optional.of(suffix);
            }
        }
        int[] budget = {BoundedRegex.MAX_READS_PER_DOMAIN};
        for (Map.Entry<Pattern, String> regex : userRegexes) {
            if (BoundedRegex.matches(regex.getKey(), domain, budget)) {
                return Optional.of(regex.getValue());
            }
        }
        for (String d : Domains.selfAndParents(domain)) {
            String known = builtIn.get(d);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    public Map<String, String> builtInSites() {
        return builtIn;
    }

}
