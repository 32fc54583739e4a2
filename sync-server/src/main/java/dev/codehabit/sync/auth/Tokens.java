package dev.codehabit.sync.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits behind a prefix that says which kind they are ({@code chs_} a user's session,
 * {@code chd_} a device). Only their SHA-256 is stored and looked up, so the database never holds a usable
 * token and the comparison runs on hashes, whose timing says nothing about the token.
 */
public final class Tokens {
    public static final String SESSION_PREFIX = "chs_";
    public static final String DEVICE_PREFIX = "chd_";

    private final SecureRandom random = new SecureRandom();

    /** A new token with the given prefix. */
    public String issue(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256: what the tables store and look tokens up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Equal hashes, compared in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
