package dev.codehabit.sync.account;

import dev.codehabit.sync.http.ApiException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules for new user names, display names and passwords; each refusal names the field and the reason. */
public final class Credentials {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_-]{3,32}");
    static final int MIN_PASSWORD = 10;
    /** Argon2 takes any length, but a megabyte "password" is a cheap way to make the server work. */
    static final int MAX_PASSWORD = 1024;

    private final Set<String> common;

    public Credentials() {
        try (InputStream in = Credentials.class.getResourceAsStream("common-passwords.txt")) {
            common = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user name in its stored (lower-case) form, or a 400 saying what is wrong with it. */
    public String username(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("username", "username is required");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw invalid("username", "username must be 3-32 characters of a-z, 0-9, _ and -");
        }
        return name;
    }

    /** The display name to store: the user name when none is given. */
    public String displayName(String raw, String username) {
        if (raw == null || raw.isBlank()) {
            return username;
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > 64) {
            throw invalid("display_name", "display_name must be at most 64 characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("display_name", "display_name must not contain control characters");
        }
        return name;
    }

    public void password(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw invalid("password", "password is required");
        }
        if (password.length() < MIN_PASSWORD) {
            throw invalid("password", "password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw invalid("password", "password must be at most " + MAX_PASSWORD + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.contains(username)) {
            throw invalid("password", "password is too easy to guess (a common password or the user name)");
        }
    }

    private static ApiException invalid(String field, String reason) {
        return new ApiException(400, reason, Map.of("field", field));
    }
}
