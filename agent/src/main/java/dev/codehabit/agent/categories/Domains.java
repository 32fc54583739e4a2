package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names as the bridge sends them: lowercase, no trailing dot, no leading "www.". */
public final class Domains {
    private static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

    private Domains() {}

    /** The normalised domain; throws {@link InvalidInputException} naming {@code what} when it is not one. */
    public static String normalize(String raw, String what) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(what + " must be a domain name such as github.com");
        }
        String d = raw.trim().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.startsWith("www.")) {
            d = d.substring(4);
        }
        if (!HOST.matcher(d).matches()) {
            throw new InvalidInputException(what + " is not a domain name: " + raw);
        }
        return d;
    }

    /** The domain itself, then each parent: gist.github.com, github.com, com. */
    public static Iterable<String> selfAndParents(String domain) {
        return () -> new java.util.Iterator<>() {
            private String next = domain;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                String current = next;
                int dot = current.indexOf('.');
                next = dot < 0 ? null : current.substring(dot + 1);
                return current;
            }
        };
    }
}
