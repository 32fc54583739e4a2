package dev.codehabit.agent.instance;

import dev.codehabit.agent.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin token: made once, kept in {@code <data-dir>/token} (0600) so plugins configured with it keep
 * working across restarts, replaced only by {@code token rotate}. Re-read when the file changes, so a
 * rotation by the CLI takes effect in a running agent at once.
 */
public final class TokenStore {
    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile String cached;
    private volatile long cachedModified = Long.MIN_VALUE;

    public TokenStore(Path dataDir) {
        this.file = dataDir.resolve("token");
    }

    /** The current token, created on first use. */
    public synchronized String current() {
        try {
            if (!Files.exists(file)) {
                return rotate();
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (cached == null || modified != cachedModified) {
                OwnerCheck.requirePrivateSecret(file);
                String token = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (token.length() < 32) {
                    return rotate(); // an emptied or truncated file must not become a guessable token
                }
                cached = token;
                cachedModified = modified;
            }
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token file " + file, e);
        }
    }

    /** Replaces the token; clients using the old one get 401 from now on. */
    public synchronized String rotate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            AtomicFile.writeString(file, token + "\n");
            cached = token;
            cachedModified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token file " + file, e);
        }
        return token;
    }

    /** Constant-time comparison, so response timing reveals nothing about the token. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(current().getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
